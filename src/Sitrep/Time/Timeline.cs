using Sitrep.Documents;

namespace Sitrep.Time;

public enum TimelineEntryKind
{
    Timex,
    Event,
}

/// <summary>One dated item of a timeline: a time expression or an event, with where it was found.</summary>
public sealed record TimelineEntry(
    TimexDate Date,
    string Value,
    string? Mod,
    TimelineEntryKind Kind,
    string DocumentId,
    TextSpan Span,
    string Text,
    string Context,
    string? Detail);

/// <summary>
/// Puts the dated timex and events of one or more annotated documents in calendar order: by the
/// first day each value covers, then the last (a day before the week that contains it), then
/// document and text order. Values that are not calendar stretches (durations, sets, PAST_REF,
/// unresolved XXXX-…) have no place on it and are left out.
/// </summary>
public static class Timeline
{
    private const int ContextRadius = 100;

    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<AnnotatedDocument> documents)
    {
        var entries = new List<(TimelineEntry Entry, int Document)>();
        int index = 0;
        foreach (var doc in documents)
        {
            foreach (var t in doc.Timex)
            {
                if (TimexDate.TryParse(t.Value, out var date))
                {
                    var span = new TextSpan(t.Start, t.End);
                    entries.Add((new TimelineEntry(date, t.Value, t.Mod, TimelineEntryKind.Timex, doc.Document.Id, span, t.Text,
                        Context(doc, span), ContractTypeName(t.Type)), index));
                }
            }

            foreach (var e in doc.Events)
            {
                if (TimexDate.TryParse(e.Date, out var date))
                {
                    var span = e.Trigger;
                    string detail = $"CAMEO {e.Cameo ?? "-"} {e.SourceActor ?? e.Source ?? "?"} -> {e.TargetActor ?? e.Target ?? "?"}";
                    entries.Add((new TimelineEntry(date, e.Date!, null, TimelineEntryKind.Event, doc.Document.Id, span,
                        span.IsEmpty ? "" : span.Text(doc.Text), Context(doc, span), detail), index));
                }
            }

            index++;
        }

        return [.. entries
            .OrderBy(x => x.Entry.Date.First)
            .ThenBy(x => x.Entry.Date.Last)
            .ThenBy(x => x.Document)
            .ThenBy(x => x.Entry.Span.Start)
            .Select(x => x.Entry)];
    }

    private static string ContractTypeName(TimexType type) => Documents.Json.ContractNames.Of(type);

    /// <summary>The sentence around a span, or its line clipped to a window when there are no sentences.</summary>
    private static string Context(AnnotatedDocument doc, TextSpan span)
    {
        string text = doc.Text;
        if (span.Start < 0 || span.End > text.Length)
        {
            return "";
        }

        int s = doc.SentenceAt(span.Start);
        if (s >= 0)
        {
            return doc.Sentences[s].Span.Text(text).Trim();
        }

        int start = Math.Max(0, span.Start - ContextRadius);
        int end = Math.Min(text.Length, span.End + ContextRadius);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1));
        int lineEnd = text.IndexOf('\n', span.End);
        start = Math.Max(start, lineStart + 1);
        end = lineEnd >= 0 ? Math.Min(end, lineEnd) : end;
        string context = text[start..end].Trim();
        return (start > lineStart + 1 ? "…" : "") + context + (lineEnd >= 0 && end < lineEnd ? "…" : "");
    }
}
