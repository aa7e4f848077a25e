using Sitrep.Documents;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Makes the names of one document agree with each other, after every sentence has been tagged on
/// its own: a name tagged with different types takes the type most of its mentions have ("Tlas"
/// PER twice, LOC once → PER), and a lone word that is the surname of a person named in full
/// elsewhere in the document is that person. Only relabels what the sentence tagger found; it adds
/// no names of its own.
/// </summary>
internal static class DocumentNames
{
    public static void Reconcile(string text, ReadOnlySpan<Token> tokens, List<(int First, int End, int Type)> names)
    {
        if (names.Count < 2)
        {
            return;
        }

        int types = NerLabels.Types.Length;
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            string surface = Surface(text, tokens, first, end);
            if (!votes.TryGetValue(surface, out var counts))
            {
                counts = new int[types];
                votes[surface] = counts;
            }

            counts[type]++;
            if (type == 0 && end - first > 1)
            {
                surnames.Add(text.Substring(tokens[end - 1].Start, tokens[end - 1].Length));
            }
        }

        for (int i = 0; i < names.Count; i++)
        {
            var (first, end, type) = names[i];
            string surface = Surface(text, tokens, first, end);
            int best = Majority(votes[surface]);
            if (end - first == 1 && surnames.Contains(surface))
            {
                best = 0;
            }

            if (best >= 0 && best != type)
            {
                names[i] = (first, end, best);
            }
        }
    }

    /// <summary>The type with strictly more votes than any other, or -1.</summary>
    private static int Majority(int[] counts)
    {
        int best = -1, bestCount = 0;
        bool tie = false;
        for (int t = 0; t < counts.Length; t++)
        {
            if (counts[t] > bestCount)
            {
                best = t;
                bestCount = counts[t];
                tie = false;
            }
            else if (counts[t] == bestCount && bestCount > 0)
            {
                tie = true;
            }
        }

        return tie ? -1 : best;
    }

    private static string Surface(string text, ReadOnlySpan<Token> tokens, int first, int end) =>
        text[tokens[first].Start..tokens[end - 1].End];
}
