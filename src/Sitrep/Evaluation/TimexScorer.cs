using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the timex layer against a gold file. The gold gives each expression's text and its
/// sentence, not offsets, so each gold item is placed at the n-th whole-word occurrence of its text
/// inside its sentence in the predicted document's text (n counts earlier gold items with the same
/// text and sentence, for "now … (for now)"). Rows: exact span P/R/F1, overlapping span P/R/F1,
/// and value and type accuracy on the exactly matched spans (a listed value_alternative counts as
/// correct).
/// </summary>
public static class TimexScorer
{
    public const string Layer = "timex";

    public static IEnumerable<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        string text = predicted.Text;
        var items = gold.Section("timex").ToList();
        var byStart = new Dictionary<(int, int), Timex>();
        foreach (var t in predicted.Timex)
        {
            byStart.TryAdd((t.Start, t.End), t);
        }

        var occurrences = new Dictionary<(string, string), int>();
        var usedOverlap = new HashSet<Timex>();
        int exact = 0, overlap = 0, valueCorrect = 0, typeCorrect = 0, unplaced = 0;
        foreach (var item in items)
        {
            string goldText = Str(item, "text") ?? "";
            string sentence = Str(item, "sentence") ?? "";
            var key = (goldText, sentence);
            occurrences.TryGetValue(key, out int nth);
            occurrences[key] = nth + 1;

            var span = Locate(text, sentence, goldText, nth);
            if (span is not { } s)
            {
                unplaced++;
                continue;
            }

            var overlapping = predicted.Timex.FirstOrDefault(t => t.Start < s.End && s.Start < t.End && !usedOverlap.Contains(t));
            if (overlapping is not null)
            {
                usedOverlap.Add(overlapping);
                overlap++;
            }

            if (!byStart.Remove((s.Start, s.End), out var match))
            {
                continue;
            }

            exact++;
            if (match.Value == Str(item, "value") || Alternatives(item).Contains(match.Value))
            {
                valueCorrect++;
            }

            if (string.Equals(Documents.Json.ContractNames.Of(match.Type), Str(item, "type"), StringComparison.OrdinalIgnoreCase))
            {
                typeCorrect++;
            }
        }

        string? note = unplaced > 0 ? $"{unplaced} gold item(s) not found in the predicted text" : null;
        yield return new ScoreRow(Layer, "span", exact, predicted.Timex.Count, items.Count, note);
        yield return new ScoreRow(Layer, "span-overlap", overlap, predicted.Timex.Count, items.Count, note);
        yield return ScoreRow.Accuracy(Layer, "value", valueCorrect, exact, "on exactly matched spans");
        yield return ScoreRow.Accuracy(Layer, "type", typeCorrect, exact, "on exactly matched spans");
    }

    /// <summary>The n-th whole-word occurrence of <paramref name="needle"/> in <paramref name="sentence"/> as found in the text.</summary>
    internal static TextSpan? Locate(string text, string sentence, string needle, int nth)
    {
        if (needle.Length == 0)
        {
            return null;
        }

        int sentenceStart = sentence.Length > 0 ? text.IndexOf(sentence, StringComparison.Ordinal) : -1;
        int from = Math.Max(0, sentenceStart);
        int limit = sentenceStart >= 0 ? sentenceStart + sentence.Length : text.Length;
        int seen = 0;
        while (from < limit)
        {
            int at = text.IndexOf(needle, from, limit - from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            int end = at + needle.Length;
            bool wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool wordEnd = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (wordStart && wordEnd && seen++ == nth)
            {
                return new TextSpan(at, end);
            }

            from = at + 1;
        }

        return null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Alternatives(JsonElement e)
    {
        var list = new List<string>();
        if (!e.TryGetProperty("value_alternative", out var v))
        {
            return list;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            list.Add(v.GetString()!);
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in v.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.String)
                {
                    list.Add(a.GetString()!);
                }
            }
        }

        return list;
    }
}
