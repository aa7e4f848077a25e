namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>
/// Splits a dictionary phrase ("PRESIDENT_GEORGE_W._BUSH", "CARAS GALADHON") into upper-case words.
/// PETRARCH separates words with blanks or underscores; a final underscore (a TABARI "no stemming"
/// marker) carries no meaning since PETRARCH matches whole words.
/// </summary>
internal static class PhraseWords
{
    public static string[] Split(ReadOnlySpan<char> phrase)
    {
        var words = new List<string>(4);
        int i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && IsSeparator(phrase[i]))
            {
                i++;
            }

            int start = i;
            while (i < phrase.Length && !IsSeparator(phrase[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(phrase[start..i].ToString().ToUpperInvariant());
            }
        }

        return [.. words];
    }

    private static bool IsSeparator(char c) => c == '_' || char.IsWhiteSpace(c);

    /// <summary>
    /// The regular English plural PETRARCH generates for nouns: -Y → -IES, -S/-SS/-SH/-CH/-X → -ES, else -S.
    /// </summary>
    public static string Plural(string word)
    {
        if (word.Length > 1 && word[^1] == 'Y' && !IsVowel(word[^2]))
        {
            return string.Concat(word.AsSpan(0, word.Length - 1), "IES");
        }

        if (word.EndsWith('S') || word.EndsWith("SH", StringComparison.Ordinal) || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith('X'))
        {
            return word + "ES";
        }

        return word + "S";
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
