using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>Closed-class English words the linear coder needs, tested on spans without allocating.</summary>
internal static class Words
{
    public static ReadOnlySpan<char> At(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        return text.AsSpan(t.Start, t.Length);
    }

    public static bool Is(ReadOnlySpan<char> word, string candidate) => word.Equals(candidate, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The word is the pattern word or its regular plural (-s, -es, -y → -ies): TABARI and PETRARCH match
    /// dictionary nouns as stems, so "* ROAD" also matches "blocked roads".
    /// </summary>
    public static bool IsOrPlural(ReadOnlySpan<char> word, string candidate)
    {
        if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (word.Length < 3 || candidate.Length < 2 || !char.IsLetter(candidate[^1]) || (word[^1] is not ('s' or 'S')))
        {
            return false;
        }

        var stem = word[..^1];
        if (stem.Equals(candidate, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (stem.EndsWith("e", StringComparison.OrdinalIgnoreCase) && stem[..^1].Equals(candidate, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return stem.EndsWith("ie", StringComparison.OrdinalIgnoreCase) && candidate[^1] is 'Y' or 'y'
            && stem[..^2].Equals(candidate.AsSpan(0, candidate.Length - 1), StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsAny(ReadOnlySpan<char> word, string[] candidates)
    {
        foreach (var c in candidates)
        {
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Possessives = ["'s", "'", "’s", "’"];
    private static readonly string[] Coordinators = ["and", "or", "nor", ",", "&", "neither", "either", "both"];
    private static readonly string[] NounPhraseConnectors = ["of", "in", "from", "the", "a", "an", "for"];
    private static readonly string[] Determiners = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "that", "any", "no", "every", "each", "such", "whose", "'s", "’s", "my", "your"];
    private static readonly string[] Breaks = [".", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "--", "–", "—"];
    private static readonly string[] ClauseWords = ["that", "which", "who", "whom", "whose", "when", "while", "after", "before", "because", "since", "until", "if", "although", "as", "said", "says", "say", "told", "to", "by", "with", "on", "at", "against"];
    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re"];
    private static readonly string[] Auxiliaries = ["will", "would", "could", "should", "may", "might", "must", "can", "shall", "to", "did", "does", "do", "has", "have", "had", "not", "n't", "never"];
    private static readonly string[] Adverbs = ["also", "again", "already", "still", "now", "then", "reportedly", "allegedly", "just", "recently", "once", "finally", "never", "not", "n't", "yet", "jointly", "formally", "officially", "repeatedly", "rightly"];

    private static readonly string[] Subordinators = ["after", "before", "because", "when", "while", "since", "until", "if", "although", "though", "whereas", "unless"];
    private static readonly string[] Intensifiers = ["very", "too", "so", "more", "most", "less", "least", "quite", "rather"];

    public static bool IsSubordinator(ReadOnlySpan<char> w) => IsAny(w, Subordinators);

    public static bool IsIntensifier(ReadOnlySpan<char> w) => IsAny(w, Intensifiers);

    public static bool IsPossessive(ReadOnlySpan<char> w) => IsAny(w, Possessives);

    public static bool IsCoordinator(ReadOnlySpan<char> w) => IsAny(w, Coordinators);

    public static bool IsNounPhraseConnector(ReadOnlySpan<char> w) => IsAny(w, NounPhraseConnectors);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => IsAny(w, Determiners);

    public static bool IsPhraseBreak(ReadOnlySpan<char> w) => IsAny(w, Breaks);

    public static bool IsClauseWord(ReadOnlySpan<char> w) => IsAny(w, ClauseWords);

    public static bool IsBe(ReadOnlySpan<char> w) => IsAny(w, BeForms);

    public static bool IsAuxiliary(ReadOnlySpan<char> w) => IsAny(w, Auxiliaries);

    public static bool IsAdverb(ReadOnlySpan<char> w) => IsAny(w, Adverbs) || (w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    /// <summary>No lower-case letter in the word ("US", "WHO", "NATO").</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that may sit inside a noun phrase between an actor and its role ("first", "senior", "Deputy").</summary>
    public static bool IsModifierLike(ReadOnlySpan<char> w) =>
        w.Length > 0 && char.IsLetterOrDigit(w[0]) && !IsClauseWord(w) && !IsBe(w) && !IsAuxiliary(w) && !IsSubordinator(w) && !IsCoordinator(w) && !IsDeterminer(w);
}
