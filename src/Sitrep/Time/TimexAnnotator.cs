using System.Globalization;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time.Internal;

namespace Sitrep.Time;

/// <summary>
/// The time stage: finds dates, times, durations and sets in the text and gives each its TIMEX3
/// value, resolved against the publication date (<see cref="SourceInfo.Published"/>).
/// <para>
/// Written for this project rather than built on Microsoft.Recognizers.Text: that library's base
/// package needs a stub package feed to restore here and costs about 20 ms a call, far too slow for
/// the pipeline's throughput; this scanner reads millions of characters a second and knows news
/// conventions (tense decides a bare weekday, "last week" in a Sunday paper, anchors of "two days later").
/// </para>
/// <para>
/// Works on the bare text; uses the document's sentences and POS tags when earlier stages have set
/// them. Without a publication date, relative expressions keep unresolved values (XXXX-WXX-3,
/// PAST_REF). <see cref="Timex.Anchor"/> is "publication" for values resolved against the
/// publication date, or the <see cref="AnchorId"/> of the timex a relative expression counts from.
/// Pure and thread-safe.
/// </para>
/// </summary>
public sealed class TimexAnnotator : IAnnotator
{
    public const string PublicationAnchor = "publication";

    private readonly TimexOptions _options;

    public TimexAnnotator(TimexOptions? options = null)
    {
        _options = options ?? new TimexOptions();
    }

    public string Name => "timex";

    /// <summary>How a relative expression names the timex it counts from: "timex:START-END".</summary>
    public static string AnchorId(Timex timex) => string.Create(CultureInfo.InvariantCulture, $"timex:{timex.Start}-{timex.End}");

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default) =>
        document with { Timex = Find(document) };

    /// <summary>The time expressions of a document, in text order.</summary>
    public IReadOnlyList<Timex> Find(AnnotatedDocument document)
    {
        string text = document.Text;
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var tokens = TimeTokens.Scan(text, document.Sentences);
        var mentions = new List<TimeMention>();
        new TimexRecognizer(tokens, _options.NumericDateOrder).Recognize(mentions);
        if (mentions.Count == 0)
        {
            return [];
        }

        var published = document.Document.Source.Published;
        var normalized = new NormalizedTimex?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.EventRelative)
            {
                normalized[i] = TimexNormalizer.Normalize(m, published, () => TenseCues.Detect(tokens, m.FirstToken, m.EndToken, document), _options);
            }
        }

        var result = new List<Timex>(mentions.Count);
        var anchorOf = new int[mentions.Count];
        Array.Fill(anchorOf, -1);
        RelativeAnchors? anchors = null;
        TimexDate?[]? dates = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.EventRelative)
            {
                continue;
            }

            anchors ??= new RelativeAnchors(tokens);
            dates ??= CalendarDates(normalized);
            int a = anchors.Find(mentions, dates, i);
            anchorOf[i] = a;
            normalized[i] = a >= 0
                ? TimexNormalizer.Relative(m, dates[a]!.Value.First)
                : new NormalizedTimex("XXXX-XX-XX", m.PartOfDay > 0 ? TimexType.Time : TimexType.Date, null);
            dates[i] = TimexDate.TryParse(normalized[i]!.Value.Value, out var resolved) ? resolved : null;
        }

        AttachClockTimesToDays(tokens, mentions, normalized);

        var timexOfMention = new Timex?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            if (normalized[i] is not { } n)
            {
                continue;
            }

            var m = mentions[i];
            int start = tokens[m.FirstToken].Start, end = tokens[m.EndToken - 1].End;
            string? anchor = anchorOf[i] >= 0 && timexOfMention[anchorOf[i]] is { } at
                ? AnchorId(at)
                : published is not null && mentions[i].Kind != MentionKind.EventRelative ? PublicationAnchor : null;
            var timex = new Timex
            {
                Start = start,
                End = end,
                Text = text[start..end],
                Type = n.Type,
                Value = n.Value,
                Mod = n.Mod,
                Anchor = anchor,
            };
            timexOfMention[i] = timex;
            result.Add(timex);
        }

        return result;
    }

    /// <summary>
    /// "at 0734 GMT on April 12", "on Friday at 6 a.m.": a clock time takes the day written next to
    /// it in the same sentence (up to two expressions and six tokens away) instead of the publication day.
    /// </summary>
    private static void AttachClockTimesToDays(TimeTokens tokens, List<TimeMention> mentions, NormalizedTimex?[] normalized)
    {
        const int MaxGap = 6;
        for (int i = 0; i < mentions.Count; i++)
        {
            int t = normalized[i]?.Value.IndexOf('T', StringComparison.Ordinal) ?? -1;
            if (mentions[i].Kind != MentionKind.Clock || normalized[i] is not { } clock || t < 0)
            {
                continue;
            }

            int sentence = tokens[mentions[i].FirstToken].Sentence;
            foreach (int j in (ReadOnlySpan<int>)[i + 1, i + 2, i - 1, i - 2])
            {
                if (j < 0 || j >= mentions.Count || mentions[j].Kind == MentionKind.Clock || tokens[mentions[j].FirstToken].Sentence != sentence
                    || normalized[j] is not { } other || !TimexDate.TryParse(other.Value, out var day) || day.Precision != TimexPrecision.Day)
                {
                    continue;
                }

                int gap = j > i ? mentions[j].FirstToken - mentions[i].EndToken : mentions[i].FirstToken - mentions[j].EndToken;
                if (gap <= MaxGap)
                {
                    normalized[i] = clock with { Value = TimexNormalizer.DateText(day.First) + clock.Value[t..] };
                    break;
                }
            }
        }
    }

    /// <summary>The calendar stretch of each normalized value (null for durations, sets, references, unresolved).</summary>
    private static TimexDate?[] CalendarDates(NormalizedTimex?[] normalized)
    {
        var dates = new TimexDate?[normalized.Length];
        for (int i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] is { } n && TimexDate.TryParse(n.Value, out var date))
            {
                dates[i] = date;
            }
        }

        return dates;
    }
}
