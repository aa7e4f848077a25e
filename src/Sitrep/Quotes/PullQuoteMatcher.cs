using Sitrep.Documents;

namespace Sitrep.Quotes;

/// <summary>A pull quote cut out by ingest, and the body quote it repeats.</summary>
public sealed record PullQuoteMatch(RemovedSpan PullQuote, int Quote, double Overlap);

/// <summary>
/// Pairs each pull quote (the display line ingest moved into <see cref="Document.Removed"/>) with the
/// body quote it repeats, by content-word overlap. The pull quote's own attribution line is not trusted
/// (it often runs into the byline); the body quote's speaker is the true one, and the claim counts once.
/// </summary>
public static class PullQuoteMatcher
{
    /// <summary>Share of the quote's content words that must reappear in the pull quote.</summary>
    public const double MinimumOverlap = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "for", "that", "this", "with", "from", "has", "have", "had", "was", "were", "are", "its", "his", "her",
        "their", "they", "them", "there", "which", "who", "will", "would", "not", "but", "said", "says", "been", "into", "than",
    };

    public static IReadOnlyList<PullQuoteMatch> Match(AnnotatedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var result = new List<PullQuoteMatch>();
        foreach (var removed in doc.Document.Removed)
        {
            if (removed.Kind != RemovedKind.PullQuote)
            {
                continue;
            }

            var pullWords = ContentWords(removed.Text);
            int best = -1;
            double bestOverlap = 0;
            int bestShared = 0;
            for (int i = 0; i < doc.Quotes.Count; i++)
            {
                var q = doc.Quotes[i];
                var span = q.DirectSpan ?? new TextSpan(q.Start, q.End);
                var quoteWords = ContentWords(span.Text(doc.Text));
                if (quoteWords.Count == 0)
                {
                    continue;
                }

                int shared = 0;
                foreach (var w in quoteWords)
                {
                    if (pullWords.Contains(w))
                    {
                        shared++;
                    }
                }

                double overlap = (double)shared / quoteWords.Count;
                if (shared >= 3 && overlap >= MinimumOverlap && (overlap > bestOverlap || (overlap == bestOverlap && shared > bestShared)))
                {
                    best = i;
                    bestOverlap = overlap;
                    bestShared = shared;
                }
            }

            if (best >= 0)
            {
                result.Add(new PullQuoteMatch(removed, best, bestOverlap));
            }
        }

        return result;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int j = i;
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || ((text[j] is '’' or '\'' or '-') && j + 1 < text.Length && char.IsLetter(text[j + 1]))))
            {
                j++;
            }

            if (j - i >= 3)
            {
                var w = text[i..j];
                if (!StopWords.Contains(w))
                {
                    set.Add(w);
                }
            }

            i = j;
        }

        return set;
    }
}
