using Sitrep.Documents;

namespace Sitrep.Entities;

/// <summary>
/// Questions later stages ask of the entity layer. Pure functions over an annotated document.
/// </summary>
public static class EntityLookup
{
    private static readonly HashSet<string> MalePronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "himself" };
    private static readonly HashSet<string> FemalePronouns = new(StringComparer.OrdinalIgnoreCase) { "she", "her", "hers", "herself" };

    /// <summary>The entity whose mention covers <paramref name="offset"/>, or null.</summary>
    public static Entity? EntityAt(AnnotatedDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        Entity? best = null;
        int bestLength = int.MaxValue;
        foreach (var e in document.Entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m.Start <= offset && offset < m.End && m.End - m.Start < bestLength)
                {
                    best = e;
                    bestLength = m.End - m.Start;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The id of the person a personal pronoun at <paramref name="offset"/> ("he", "his", "she") refers to,
    /// or null when the antecedent is not clear. Clear means: the nearest stretch of text before the pronoun
    /// (its own sentence, else up to two sentences back) mentions exactly one person, or the person
    /// mentioned first in that sentence is also its subject (the first words of the sentence). A pronoun
    /// found by the same rule in that stretch is followed to its own antecedent.
    /// </summary>
    public static string? ResolvePronoun(AnnotatedDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Resolve(document, offset, depth: 0);
    }

    private static string? Resolve(AnnotatedDocument document, int offset, int depth)
    {
        var text = document.Text;
        if (offset < 0 || offset >= text.Length || depth > 3)
        {
            return null;
        }

        int end = offset;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var pronoun = text.AsSpan(offset, end - offset).ToString();
        if (!MalePronouns.Contains(pronoun) && !FemalePronouns.Contains(pronoun))
        {
            return null;
        }

        var sentences = SentenceStarts(document);
        int current = SentenceIndex(sentences, offset);
        for (int s = current; s >= Math.Max(0, current - 2); s--)
        {
            int from = sentences[s];
            int to = s == current ? offset : (s + 1 < sentences.Count ? sentences[s + 1] : text.Length);
            var found = PeopleBetween(document, from, to);

            // A pronoun before ours in the same stretch inherits its antecedent ("He became … he said").
            if (found.Count == 0)
            {
                int pronounAt = FirstPronoun(text, from, to);
                if (pronounAt >= 0)
                {
                    return Resolve(document, pronounAt, depth + 1);
                }

                continue;
            }

            var distinct = found.Select(f => f.Entity).Distinct().ToList();
            if (distinct.Count == 1)
            {
                return distinct[0];
            }

            // Several people: the subject (mentioned first, at the start of the sentence) is the usual antecedent.
            var first = found[0];
            return first.Start - from <= 40 ? first.Entity : null;
        }

        return null;
    }

    private static List<(int Start, string Entity)> PeopleBetween(AnnotatedDocument document, int from, int to)
    {
        var found = new List<(int Start, string Entity)>();
        foreach (var e in document.Entities)
        {
            if (e.Type != EntityType.Person || e.Attributes.ContainsKey("collective"))
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (m.Start >= from && m.End <= to)
                {
                    found.Add((m.Start, e.Id));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static int FirstPronoun(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                int j = i;
                while (j < to && char.IsLetter(text[j]))
                {
                    j++;
                }

                var w = text.AsSpan(i, j - i);
                if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("his", StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }

                i = j;
            }
        }

        return -1;
    }

    private static List<int> SentenceStarts(AnnotatedDocument document)
    {
        var starts = new List<int>();
        if (document.Sentences.Count > 0)
        {
            foreach (var s in document.Sentences)
            {
                starts.Add(s.Start);
            }

            return starts;
        }

        // Without a sentence layer: split at ". " / "? " / "! " and line breaks.
        var text = document.Text;
        starts.Add(0);
        for (int i = 1; i < text.Length; i++)
        {
            if ((text[i - 1] is '.' or '?' or '!' or '\n') && char.IsWhiteSpace(text[i]))
            {
                int j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                if (j < text.Length && j > starts[^1])
                {
                    starts.Add(j);
                }
            }
        }

        return starts;
    }

    private static int SentenceIndex(List<int> starts, int offset)
    {
        int index = 0;
        for (int i = 0; i < starts.Count && starts[i] <= offset; i++)
        {
            index = i;
        }

        return index;
    }
}
