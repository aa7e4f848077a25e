using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores what ingest and the text layer produce against a gold file: author and publication date,
/// removal of boilerplate lines and pull quotes, and sentence boundaries (exact string match).
/// Gold values are strings of the article, never offsets (see ../shared/gold/README.md).
/// </summary>
public static partial class DocumentScorer
{
    public static IEnumerable<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        var rows = new List<ScoreRow>();
        var doc = gold.Document;
        var source = predicted.Document.Source;
        if (doc.ValueKind == JsonValueKind.Object)
        {
            if (Str(doc, "author") is { } author)
            {
                rows.Add(ScoreRow.Accuracy("document", "author", SameName(author, source.Author) ? 1 : 0, 1, $"predicted: {source.Author ?? "none"}"));
            }

            if (Str(doc, "published") is { } published)
            {
                var predictedDate = source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                rows.Add(ScoreRow.Accuracy("document", "published", published == predictedDate ? 1 : 0, 1, $"predicted: {predictedDate ?? "none"}"));
            }

            rows.Add(ScoreBoilerplate(doc, predicted.Document));
            if (ScorePullQuotes(doc, predicted.Document) is { } pull)
            {
                rows.Add(pull);
            }
        }

        if (gold.Root.TryGetProperty("sentences", out var s) && s.ValueKind == JsonValueKind.Array)
        {
            rows.Add(ScoreSentences(gold, predicted));
        }

        return rows;
    }

    /// <summary>Each gold boilerplate line must be covered by removed spans (adjacent spans joined) and be absent from the text.</summary>
    private static ScoreRow ScoreBoilerplate(JsonElement doc, Document predicted)
    {
        var lines = Strings(doc, "boilerplate");
        var removedRuns = RemovedRuns(predicted.Removed, includeHeader: false);
        int found = 0;
        foreach (var line in lines)
        {
            if (!predicted.Text.Contains(line, StringComparison.Ordinal) && removedRuns.Exists(r => r.Contains(line, StringComparison.Ordinal)))
            {
                found++;
            }
        }

        return new ScoreRow("document", "boilerplate removed", found, removedRuns.Count, lines.Count, "gold lines covered by removed spans and absent from text");
    }

    private static ScoreRow? ScorePullQuotes(JsonElement doc, Document predicted)
    {
        if (!doc.TryGetProperty("pull_quotes", out var pq) || pq.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        int total = 0, found = 0;
        foreach (var item in pq.EnumerateArray())
        {
            var line = Str(item, "line_text") ?? Str(item, "text");
            var claim = Str(item, "text") ?? line;
            if (line is null || claim is null)
            {
                continue;
            }

            total++;
            bool removedAsPullQuote = false;
            foreach (var r in predicted.Removed)
            {
                if (r.Kind == RemovedKind.PullQuote && r.Text.Contains(claim, StringComparison.Ordinal))
                {
                    removedAsPullQuote = true;
                }
            }

            if (removedAsPullQuote && !predicted.Text.Contains(line, StringComparison.Ordinal))
            {
                found++;
            }
        }

        int predictedCount = 0;
        foreach (var r in predicted.Removed)
        {
            predictedCount += r.Kind == RemovedKind.PullQuote ? 1 : 0;
        }

        return new ScoreRow("document", "pull quotes removed", found, predictedCount, total, "kind pull_quote, line absent from text");
    }

    /// <summary>
    /// Exact-match P/R/F1 of sentence strings. Where the gold note says sentences a-b sit inside one
    /// quotation, one predicted sentence spanning all of them is accepted as matching the group.
    /// </summary>
    private static ScoreRow ScoreSentences(GoldFile gold, AnnotatedDocument predicted)
    {
        var goldSentences = Strings(gold.Root, "sentences");
        var text = predicted.Text;
        var predictedSentences = new List<string>(predicted.Sentences.Count);
        foreach (var s in predicted.Sentences)
        {
            predictedSentences.Add(text[s.Start..s.End]);
        }

        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in goldSentences)
        {
            remaining[g] = remaining.GetValueOrDefault(g) + 1;
        }

        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        string? note = Str(gold.Root, "sentences_note");
        if (note is not null)
        {
            foreach (Match m in SentenceRange().Matches(note))
            {
                int a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
                int b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - 1;
                if (a >= 0 && b < goldSentences.Count && a < b && Joined(text, goldSentences, a, b) is { } merged)
                {
                    groups[merged] = b - a + 1;
                }
            }
        }

        int correct = 0, predictedCount = 0;
        foreach (var p in predictedSentences)
        {
            if (remaining.TryGetValue(p, out int n) && n > 0)
            {
                remaining[p] = n - 1;
                correct++;
                predictedCount++;
            }
            else if (groups.TryGetValue(p, out int size))
            {
                correct += size;
                predictedCount += size;
            }
            else
            {
                predictedCount++;
            }
        }

        return new ScoreRow("sentences", "boundaries (exact match)", correct, predictedCount, goldSentences.Count, note is null ? null : "quotation groups from sentences_note accepted either way");
    }

    /// <summary>The text from the start of gold sentence a to the end of gold sentence b, as it stands in the predicted text.</summary>
    private static string? Joined(string text, List<string> sentences, int a, int b)
    {
        int start = text.IndexOf(sentences[a], StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        int end = text.IndexOf(sentences[b], start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..(end + sentences[b].Length)];
    }

    /// <summary>Removed texts, adjacent spans joined into one run (a pull quote and the byline fused onto it).</summary>
    private static List<string> RemovedRuns(IReadOnlyList<RemovedSpan> removed, bool includeHeader)
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        int lastEnd = -1;
        foreach (var r in removed)
        {
            if (!includeHeader && r.Kind == RemovedKind.Header && r.Start == 0)
            {
                continue;
            }

            if (r.Start != lastEnd && current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }

            current.Append(r.Text);
            lastEnd = r.End;
        }

        if (current.Length > 0)
        {
            runs.Add(current.ToString());
        }

        return runs;
    }

    private static bool SameName(string gold, string? predicted) =>
        predicted is not null && string.Join(' ', gold.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Equals(
            string.Join(' ', predicted.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name)
    {
        var list = new List<string>();
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in a.EnumerateArray())
            {
                if (x.ValueKind == JsonValueKind.String)
                {
                    list.Add(x.GetString()!);
                }
            }
        }

        return list;
    }

    [GeneratedRegex(@"[Ss]entences\s+(\d+)\s*[-–]\s*(\d+)")]
    private static partial Regex SentenceRange();
}
