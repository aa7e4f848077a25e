using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the quotes layer against a gold file (../shared/gold format). Gold quotes are strings of the
/// body, found in the predicted text through their sentence; a predicted quote matches a gold quote of
/// the same kind when their spans overlap by at least <see cref="MinimumDice"/> (Dice over characters).
/// Direct = gold "direct"; indirect = gold "indirect" and "mixed" (their full content). Speakers are
/// compared by name: the predicted entity's name and mentions (or the resolved speaker name) against the
/// gold entity's name, aliases and mentions; a gold speaker that is not an entity id (unnamed "reports")
/// is compared with its speaker_mention, and a null gold speaker needs a null prediction.
/// </summary>
public static class QuoteScorer
{
    public const double MinimumDice = 0.5;

    public static IEnumerable<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldNames = GoldEntityNames(gold);
        var golds = new List<GoldQuote>();
        int unlocated = 0;
        foreach (var q in gold.Section("quotes"))
        {
            var g = GoldQuote.Read(q, predicted.Text);
            if (g is null)
            {
                unlocated++;
                continue;
            }

            golds.Add(g);
        }

        string? note = unlocated > 0 ? $"{unlocated} gold quotes not found in the text" : null;
        foreach (var (metric, isDirect) in new[] { ("direct", true), ("indirect", false) })
        {
            var g = golds.Where(x => x.IsDirect == isDirect).ToList();
            var p = predicted.Quotes.Where(x => (x.Type == QuoteType.Direct) == isDirect).ToList();
            var pairs = Match(g, p);
            int speakerOk = pairs.Count(pair => SpeakerCorrect(pair.Gold, pair.Predicted, predicted, goldNames));
            yield return new ScoreRow("quotes", metric, pairs.Count, p.Count, g.Count, note);
            yield return new ScoreRow("quotes", metric + "+speaker", speakerOk, p.Count, g.Count, note);
        }

        // The quoted words inside mixed quotes.
        var goldDirectSpans = golds.Where(x => x.DirectSpan is not null).Select(x => x.DirectSpan!.Value).ToList();
        var predictedDirectSpans = predicted.Quotes.Where(x => x.DirectSpan is not null).Select(x => x.DirectSpan!.Value).ToList();
        int spanHits = 0;
        var taken = new bool[predictedDirectSpans.Count];
        foreach (var gs in goldDirectSpans)
        {
            for (int i = 0; i < predictedDirectSpans.Count; i++)
            {
                if (!taken[i] && Dice(gs, predictedDirectSpans[i]) >= MinimumDice)
                {
                    taken[i] = true;
                    spanHits++;
                    break;
                }
            }
        }

        yield return new ScoreRow("quotes", "mixed.direct_span", spanHits, predictedDirectSpans.Count, goldDirectSpans.Count);
    }

    private sealed record GoldQuote(string Id, bool IsDirect, TextSpan Span, TextSpan? DirectSpan, string? Speaker, string? SpeakerMention)
    {
        public static GoldQuote? Read(JsonElement q, string text)
        {
            string? type = Str(q, "type");
            string? quoteText = Str(q, "text");
            if (type is null || quoteText is null)
            {
                return null;
            }

            // Look for the content inside its sentence (or the sentence it was resolved from) first.
            int at = -1;
            foreach (var key in new[] { "text_sentence", "sentence" })
            {
                if (Str(q, key) is { } sentence && text.IndexOf(sentence, StringComparison.Ordinal) is var s and >= 0)
                {
                    int inner = sentence.IndexOf(quoteText, StringComparison.Ordinal);
                    if (inner >= 0)
                    {
                        at = s + inner;
                        break;
                    }
                }
            }

            if (at < 0)
            {
                at = text.IndexOf(quoteText, StringComparison.Ordinal);
            }

            if (at < 0)
            {
                return null;
            }

            TextSpan? direct = null;
            if (Str(q, "direct_span") is { } ds)
            {
                int d = text.IndexOf(ds, at, StringComparison.Ordinal);
                if (d >= 0)
                {
                    direct = new TextSpan(d, d + ds.Length);
                }
            }

            return new GoldQuote(Str(q, "id") ?? "?", type == "direct", new TextSpan(at, at + quoteText.Length), direct, Str(q, "speaker"), Str(q, "speaker_mention"));
        }
    }

    private static List<(GoldQuote Gold, Quote Predicted)> Match(List<GoldQuote> golds, List<Quote> predicted)
    {
        // Greedy on the best overlap first, one-to-one.
        var candidates = new List<(double Dice, int G, int P)>();
        for (int g = 0; g < golds.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                double d = Dice(golds[g].Span, new TextSpan(predicted[p].Start, predicted[p].End));
                if (d >= MinimumDice)
                {
                    candidates.Add((d, g, p));
                }
            }
        }

        candidates.Sort((a, b) => b.Dice.CompareTo(a.Dice));
        var usedG = new bool[golds.Count];
        var usedP = new bool[predicted.Count];
        var pairs = new List<(GoldQuote, Quote)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!usedG[g] && !usedP[p])
            {
                usedG[g] = usedP[p] = true;
                pairs.Add((golds[g], predicted[p]));
            }
        }

        return pairs;
    }

    private static double Dice(TextSpan a, TextSpan b)
    {
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap <= 0 ? 0 : 2.0 * overlap / (a.Length + b.Length);
    }

    private static bool SpeakerCorrect(GoldQuote gold, Quote predicted, AnnotatedDocument doc, Dictionary<string, List<string>> goldNames)
    {
        var predictedNames = new List<string>();
        if (predicted.Speaker is { } id)
        {
            foreach (var e in doc.Entities)
            {
                if (e.Id == id)
                {
                    predictedNames.Add(e.Name);
                    predictedNames.AddRange(e.Mentions.Select(m => m.Text));
                }
            }
        }

        if (predicted.SpeakerName is { } name)
        {
            predictedNames.Add(name);
        }

        if (gold.Speaker is null)
        {
            return predicted.Speaker is null && predicted.SpeakerName is null;
        }

        List<string> wanted;
        if (goldNames.TryGetValue(gold.Speaker, out var names))
        {
            wanted = names;
        }
        else
        {
            // A descriptive gold speaker ("media reports (unnamed)"): compare the words that name it.
            wanted = gold.SpeakerMention is null ? [] : [gold.SpeakerMention];
            if (predicted.SpeakerMention is { } sm)
            {
                predictedNames.Add(sm.Text(doc.Text));
            }
        }

        foreach (var p in predictedNames)
        {
            foreach (var w in wanted)
            {
                if (SameName(p, w))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Equal, or one contains the other as whole words ("Tlas" in "General Manaf Tlas"); pronouns never match.</summary>
    private static bool SameName(string a, string b)
    {
        a = a.Trim();
        b = b.Trim();
        if (a.Length < 3 || b.Length < 3)
        {
            return false;
        }

        return WholeWords.Contain(a, b) || WholeWords.Contain(b, a);
    }

    private static Dictionary<string, List<string>> GoldEntityNames(GoldFile gold)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in gold.Section("entities"))
        {
            if (Str(e, "id") is not { } id)
            {
                continue;
            }

            var names = new List<string>();
            if (Str(e, "name") is { } n)
            {
                names.Add(n);
            }

            foreach (var key in new[] { "aliases", "mentions" })
            {
                if (e.TryGetProperty(key, out var arr) && arr.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in arr.EnumerateArray())
                    {
                        if (a.ValueKind == JsonValueKind.String && a.GetString() is { } s)
                        {
                            names.Add(s);
                        }
                    }
                }
            }

            result[id] = names;
        }

        return result;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
