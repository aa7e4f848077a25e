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

    /// <summary>
    /// Tags the other mentions of a name the sentence tagger found somewhere in the document: a
    /// capitalised token sequence spelled exactly like a found name, not overlapping a name and not
    /// inside a longer capitalised run, takes that name's type ("Hezbollah" found once is found
    /// everywhere). Names whose mentions disagree on the type are not spread. Mentions stay within a
    /// sentence (<paramref name="sentenceStarts"/>: the first token of each sentence, in order).
    /// Keeps <paramref name="names"/> in token order.
    /// </summary>
    public static void AddRepeats(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> sentenceStarts, List<(int First, int End, int Type)> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        var typeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var covered = new bool[tokens.Length];
        int longest = 0;
        foreach (var (first, end, type) in names)
        {
            for (int i = first; i < end; i++)
            {
                covered[i] = true;
            }

            if (!StartsUpper(text, tokens[first]))
            {
                continue;
            }

            string surface = Surface(text, tokens, first, end);
            typeOf[surface] = typeOf.TryGetValue(surface, out int seen) && seen != type ? -1 : type;
            longest = Math.Max(longest, end - first);

            // The surname alone is the same person ("Eastman" after "Cres Eastman").
            if (type == 0 && end - first > 1 && StartsUpper(text, tokens[end - 1]))
            {
                string surname = Surface(text, tokens, end - 1, end);
                typeOf[surname] = typeOf.TryGetValue(surname, out seen) && seen != type ? -1 : type;
            }
        }

        var lookup = typeOf.GetAlternateLookup<ReadOnlySpan<char>>();
        int count = names.Count;
        for (int s = 0; s < sentenceStarts.Length; s++)
        {
            int start = sentenceStarts[s], stop = s + 1 < sentenceStarts.Length ? sentenceStarts[s + 1] : tokens.Length;
            for (int i = start; i < stop; i++)
            {
                if (covered[i] || !StartsUpper(text, tokens[i]) || (i > start && !covered[i - 1] && StartsUpper(text, tokens[i - 1])))
                {
                    continue;
                }

                for (int length = Math.Min(longest, stop - i); length >= 1; length--)
                {
                    int end = i + length;
                    if ((end < stop && StartsUpper(text, tokens[end])) || covered.AsSpan(i, length).Contains(true)
                        || !lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start), out int type) || type < 0)
                    {
                        continue;
                    }

                    names.Add((i, end, type));
                    covered.AsSpan(i, length).Fill(true);
                    i = end - 1;
                    break;
                }
            }
        }

        if (names.Count > count)
        {
            names.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    private static bool StartsUpper(string text, Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);

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
