using Sitrep.Documents;

namespace Sitrep.Tests.Support;

/// <summary>A whitespace-and-punctuation tokenizer for hand-built test documents (not the real one).</summary>
public static class SimpleTokens
{
    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(start, i));
        }

        return tokens;
    }
}
