using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// A Penn-Treebank-like word splitter for coding bare text when no Tokens layer is present (validation
/// records, documents built by hand): punctuation apart, "'s" and "n't" split off, abbreviations such as
/// "U.S." and "Gen." kept whole. The pipeline's own tokenizer replaces it wherever it has run.
/// </summary>
internal static class FallbackTokenizer
{
    private static readonly string[] Abbreviations = ["mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "sen.", "rep.", "gov.", "pres.", "st.", "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "no.", "vs.", "prof.", "rev.", "adm.", "cmdr.", "brig.", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."];

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            SplitWord(text, s, i, tokens);
        }

        return tokens;
    }

    private static void SplitWord(string text, int s, int e, List<Token> tokens)
    {
        // Leading punctuation, each its own token.
        while (s < e && IsEdgePunctuation(text[s]))
        {
            tokens.Add(new Token(s, s + 1));
            s++;
        }

        var trailing = new Stack<Token>();
        while (e > s && IsEdgePunctuation(text[e - 1]) && !(text[e - 1] == '.' && KeepsPeriod(text, s, e)))
        {
            trailing.Push(new Token(e - 1, e));
            e--;
        }

        if (e > s)
        {
            var word = text.AsSpan(s, e - s);
            int clitic = CliticStart(word);
            if (clitic > 0)
            {
                tokens.Add(new Token(s, s + clitic));
                tokens.Add(new Token(s + clitic, e));
            }
            else
            {
                tokens.Add(new Token(s, e));
            }
        }

        while (trailing.Count > 0)
        {
            tokens.Add(trailing.Pop());
        }
    }

    private static int CliticStart(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            return word.Length - 3;
        }

        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            return word.Length - 2;
        }

        if (word.Length > 3 && word[^1] is '\'' or '’' && word[^2] is 's' or 'S')
        {
            return word.Length - 1;
        }

        return 0;
    }

    private static bool KeepsPeriod(string text, int s, int e)
    {
        var word = text.AsSpan(s, e - s);
        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            return true; // an initial: "W."
        }

        if (word[..^1].Contains('.'))
        {
            return true; // "U.S."
        }

        foreach (var a in Abbreviations)
        {
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEdgePunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '[' or ']' or '“' or '”' or '‘' or '\'' or '’';
}
