using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the events layer against a gold file (events section of ../shared/gold). Gold events give
/// their sentence and trigger as strings; each is placed in the predicted text and matched to the
/// predicted events whose trigger overlaps it. A gold event is found (trigger) when some predicted event
/// overlaps it, and fully correct when one of those also has the right type (the CAMEO code, a listed
/// alternative, or the same three-digit base), source and target. Actors compare by CAMEO actor code
/// (first six characters, as the gold README says) through the gold entity's <c>cameo_actor</c>; a gold
/// side that is null or a description rather than an entity id ("unknown perpetrator") expects no actor.
/// Predicted events are counted once per trigger. Rows: trigger, type, type+source+target P/R/F1;
/// source, target, date and modality accuracy on found events; hypotheticals marked hypothetical.
/// </summary>
public static class EventScorer
{
    public const string Layer = "events";

    public static IEnumerable<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        var actors = ActorCodes(gold);
        string text = predicted.Text;
        var predictedTriggers = predicted.Events.Select(e => e.Trigger).Distinct().ToList();
        int goldCount = 0, found = 0, typed = 0, full = 0, sourceOk = 0, targetOk = 0, dateOk = 0, modalityOk = 0, hypothetical = 0, hypotheticalOk = 0, unplaced = 0;
        var usedTriggers = new HashSet<TextSpan>();
        var fullTriggers = new HashSet<TextSpan>();
        var typedTriggers = new HashSet<TextSpan>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in gold.Section("events"))
        {
            goldCount++;
            bool goldHypothetical = Str(g, "modality") == "hypothetical";
            hypothetical += goldHypothetical ? 1 : 0;
            // Two gold events with the same trigger word in one sentence ("… died in the bombing, while
            // X … died from his injuries") are its first and second occurrence, in gold order.
            string key = Str(g, "sentence") + "\u0000" + Str(g, "trigger");
            int occurrence = seen.GetValueOrDefault(key);
            seen[key] = occurrence + 1;
            var span = Locate(text, Str(g, "sentence"), Str(g, "trigger"), occurrence);
            if (span is not { } s)
            {
                unplaced++;
                continue;
            }

            var candidates = predicted.Events.Where(e => e.Trigger.Overlaps(s)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            found++;
            usedTriggers.Add(candidates[0].Trigger);
            var goldSources = Sides(g, "source", actors);
            var goldTargets = Sides(g, "target", actors);
            bool anyType = false, anyFull = false, anySource = false, anyTarget = false;
            foreach (var e in candidates)
            {
                bool type = TypeMatches(g, e.Cameo);
                bool source = SideMatches(goldSources, e.SourceActor);
                bool target = SideMatches(goldTargets, e.TargetActor);
                anyType |= type;
                anySource |= source;
                anyTarget |= target;
                if (type && source && target)
                {
                    anyFull = true;
                    fullTriggers.Add(e.Trigger);
                }

                if (type)
                {
                    typedTriggers.Add(e.Trigger);
                }
            }

            typed += anyType ? 1 : 0;
            full += anyFull ? 1 : 0;
            sourceOk += anySource ? 1 : 0;
            targetOk += anyTarget ? 1 : 0;
            var first = candidates[0];
            string? goldDate = Str(g, "date");
            dateOk += candidates.Any(e => DateMatches(goldDate, e.Date)) ? 1 : 0;
            modalityOk += candidates.Any(e => e.Modality.ToString().Equals(Str(g, "modality"), StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
            hypotheticalOk += goldHypothetical && candidates.All(e => e.Modality == Modality.Hypothetical) ? 1 : 0;
        }

        string note = unplaced > 0 ? $"{unplaced} gold events not found in the text" : string.Empty;
        yield return new ScoreRow(Layer, "trigger", found, predictedTriggers.Count, goldCount, note.Length > 0 ? note : null);
        yield return new ScoreRow(Layer, "type", typed, predictedTriggers.Count, goldCount);
        yield return new ScoreRow(Layer, "type+source+target", full, predictedTriggers.Count, goldCount);
        yield return ScoreRow.Accuracy(Layer, "source (found events)", sourceOk, found);
        yield return ScoreRow.Accuracy(Layer, "target (found events)", targetOk, found);
        yield return ScoreRow.Accuracy(Layer, "date (found events)", dateOk, found);
        yield return ScoreRow.Accuracy(Layer, "modality (found events)", modalityOk, found);
        yield return ScoreRow.Accuracy(Layer, "hypothetical marked", hypotheticalOk, hypothetical, "gold hypotheticals found and marked hypothetical");
    }

    private static bool TypeMatches(JsonElement g, string? cameo)
    {
        if (cameo is null)
        {
            return false;
        }

        var codes = new List<string>();
        if (Str(g, "cameo_code") is { } c)
        {
            codes.Add(c);
        }

        if (g.TryGetProperty("cameo_alternatives", out var alts) && alts.ValueKind == JsonValueKind.Array)
        {
            codes.AddRange(alts.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
        }

        foreach (var code in codes)
        {
            if (code == cameo || (code.Length >= 3 && cameo.Length >= 3 && code[..3] == cameo[..3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gold actor codes of one side; empty means "no actor expected".</summary>
    private static List<string> Sides(JsonElement g, string name, Dictionary<string, List<string>> actors)
    {
        var codes = new List<string>();
        if (!g.TryGetProperty(name, out var v))
        {
            return codes;
        }

        IEnumerable<JsonElement> ids = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : v.ValueKind == JsonValueKind.String ? [v] : [];
        foreach (var id in ids)
        {
            if (id.GetString() is { } s && actors.TryGetValue(s, out var list))
            {
                codes.AddRange(list);
            }
        }

        return codes;
    }

    private static bool SideMatches(List<string> gold, string? predicted)
    {
        if (gold.Count == 0)
        {
            return predicted is null;
        }

        if (predicted is null)
        {
            return false;
        }

        string p = predicted.Length > 6 ? predicted[..6] : predicted;
        foreach (var code in gold)
        {
            string c = code.Length > 6 ? code[..6] : code;
            if (string.Equals(p, c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DateMatches(string? gold, string? predicted)
    {
        if (gold is null)
        {
            return predicted is null;
        }

        return predicted is not null && (gold == predicted || (gold.Contains('/') && gold.StartsWith(predicted, StringComparison.Ordinal)));
    }

    /// <summary>Gold entity id → its CAMEO actor codes (cameo_actor and cameo_actor_alternatives).</summary>
    private static Dictionary<string, List<string>> ActorCodes(GoldFile gold)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in gold.Section("entities"))
        {
            if (Str(e, "id") is not { } id)
            {
                continue;
            }

            var codes = new List<string>();
            if (Str(e, "cameo_actor") is { } a)
            {
                codes.Add(a);
            }

            if (e.TryGetProperty("cameo_actor_alternatives", out var alts) && alts.ValueKind == JsonValueKind.Array)
            {
                codes.AddRange(alts.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
            }

            if (codes.Count > 0)
            {
                map[id] = codes;
            }
        }

        return map;
    }

    private static TextSpan? Locate(string text, string? sentence, string? trigger, int occurrence)
    {
        if (string.IsNullOrEmpty(sentence) || string.IsNullOrEmpty(trigger))
        {
            return null;
        }

        int s = text.IndexOf(sentence, StringComparison.Ordinal);
        if (s < 0)
        {
            return null;
        }

        // Whole words first ("use" is not the start of "used"), then any occurrence.
        int end = s + sentence.Length;
        var starts = Occurrences(text, trigger, s, end, wholeWord: true);
        if (starts.Count == 0)
        {
            starts = Occurrences(text, trigger, s, end, wholeWord: false);
        }

        // Fewer occurrences than gold events: keep the last.
        int t = starts.Count == 0 ? -1 : starts[Math.Min(occurrence, starts.Count - 1)];
        return t < 0 ? null : new TextSpan(t, t + trigger.Length);
    }

    private static List<int> Occurrences(string text, string trigger, int from, int end, bool wholeWord)
    {
        var found = new List<int>();
        for (int t = text.IndexOf(trigger, from, end - from, StringComparison.Ordinal); t >= 0; t = text.IndexOf(trigger, t + 1, end - t - 1, StringComparison.Ordinal))
        {
            bool whole = (t == 0 || !char.IsLetterOrDigit(text[t - 1])) && (t + trigger.Length >= text.Length || !char.IsLetterOrDigit(text[t + trigger.Length]));
            if (whole || !wholeWord)
            {
                found.Add(t);
            }

            if (t + trigger.Length >= end)
            {
                break;
            }
        }

        return found;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
