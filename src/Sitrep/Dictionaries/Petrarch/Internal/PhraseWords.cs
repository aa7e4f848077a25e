namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>
/// Splits a dictionary phrase ("PRESIDENT_GEORGE_W._BUSH", "CARAS GALADHON") into upper-case words.
/// PETRARCH separates words with blanks or underscores; a final underscore (a TABARI "no stemming"
/// marker) carries no meaning since PETRARCH matches whole words.
/// </summary>
internal static class PhraseWords
{
    /// <param name="asTokens">
    /// Split clitics off as the tokenizer does ("PEOPLE'S" is PEOPLE 'S), so that an actor or agent phrase
    /// matches the tokens of the text ("the People's Republic of China").
    /// </param>
    public static string[] Split(ReadOnlySpan<char> phrase, bool asTokens = false)
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
                var word = phrase[start..i];
                int clitic = asTokens ? Sitrep.Text.Tokenizer.CliticSplit(word) : 0;
                if (clitic > 0)
                {
                    words.Add(word[..clitic].ToString().ToUpperInvariant());
                    word = word[clitic..];
                }

                words.Add(word.ToString().ToUpperInvariant());
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
