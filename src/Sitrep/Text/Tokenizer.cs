using Sitrep.Documents;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>
/// Splits text into tokens following UD English (EWT/GUM) conventions: punctuation, brackets and quotes
/// are their own tokens; clitics split off ("Assad’s" → Assad ’s, "don’t" → do n’t, "cannot" → can not);
/// abbreviations, initials, decimals and thousands keep their periods and commas ("U.S.", "J.", "3.5",
/// "1,000"); URLs, e-mail addresses, @handles and #hashtags stay whole. Hyphenated words stay one token
/// by default ("al-Assad"); UD itself splits most hyphens, which <see cref="SplitHyphens"/> reproduces.
/// Works on spans and allocates only the token list. Thread-safe: instances are immutable.
/// </summary>
public sealed class Tokenizer
{
    public static Tokenizer Default { get; } = new(splitHyphens: false);

    public Tokenizer(bool splitHyphens)
    {
        SplitHyphens = splitHyphens;
    }

    /// <summary>Whether "al-Assad" becomes al - Assad (as UD EWT/GUM tokenize) instead of one token.</summary>
    public bool SplitHyphens { get; }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Tokenizes text[start..end) and appends the tokens (offsets into the whole text).</summary>
    public void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan();
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            int chunkStart = i;
            while (i < end && !char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            if (i > chunkStart)
            {
                TokenizeChunk(span, chunkStart, i, tokens);
            }
        }
    }

    /// <summary>One whitespace-delimited chunk: peel leading and trailing punctuation, then split the core.</summary>
    private void TokenizeChunk(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        // Leading: opening quotes and brackets, dashes, currency before a digit, leading ellipses.
        while (start < end)
        {
            char c = text[start];
            if (CharClass.IsOpening(c) && !IsLeadingElision(text, start, end))
            {
                tokens.Add(new Token(start, start + 1));
                start++;
            }
            else if (CharClass.IsDash(c) || (c == '-' && start + 1 < end && text[start + 1] == '-'))
            {
                int e = RunOf(text, start, end, c);
                tokens.Add(new Token(start, e));
                start = e;
            }
            else if (CharClass.IsCurrency(c) && start + 1 < end && char.IsDigit(text[start + 1]))
            {
                tokens.Add(new Token(start, start + 1));
                start++;
            }
            else if (c == '…' || (c == '.' && start + 1 < end && text[start + 1] == '.'))
            {
                int e = RunOf(text, start, end, c);
                tokens.Add(new Token(start, e));
                start = e;
            }
            else
            {
                break;
            }
        }

        if (start >= end)
        {
            return;
        }

        // Trailing punctuation is found right to left; remember it and emit after the core.
        Span<int> trailing = stackalloc int[32];
        int trailingCount = 0;
        int chunkEnd = end;
        bool whole = IsWholeToken(text[start..end]);
        while (end > start && trailingCount < trailing.Length)
        {
            char c = text[end - 1];
            int cut;
            if (c == '.' || c == '…')
            {
                int dots = end - 1;
                while (dots > start && (text[dots - 1] == '.' || text[dots - 1] == '…'))
                {
                    dots--;
                }

                if (end - dots == 1 && c == '.'
                    && (Abbreviations.KeepsPeriod(text[start..(end - 1)]) || (Abbreviations.KeepsPeriodBeforeNumber(text[start..(end - 1)]) && NumberFollows(text, end))))
                {
                    break;
                }

                cut = dots;
            }
            else if (CharClass.IsTrailingPunctuation(c))
            {
                // A trailing hyphen belongs to the word only when it is all there is ("-").
                cut = end - 1;
            }
            else
            {
                break;
            }

            if (cut == start)
            {
                break;
            }

            if (whole && c is not ('.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '”' or '’'))
            {
                break;
            }

            trailing[trailingCount++] = cut;
            end = cut;
        }

        if (whole)
        {
            tokens.Add(new Token(start, end));
        }
        else
        {
            SplitCore(text, start, end, tokens);
        }

        // Pieces were peeled right to left: piece k is [trailing[k], trailing[k-1]), the first one ends the chunk.
        for (int k = trailingCount - 1; k >= 0; k--)
        {
            tokens.Add(new Token(trailing[k], k == 0 ? chunkEnd : trailing[k - 1]));
        }
    }

    /// <summary>
    /// The core of a chunk: split off clitics ("n’t", "’s", "’re" …), inner dashes, ellipses and commas
    /// that are not between digits, and (optionally) hyphens.
    /// </summary>
    private void SplitCore(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        int pieceStart = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            int sepEnd = -1;
            if (CharClass.IsDash(c) || (c == '-' && i + 1 < end && text[i + 1] == '-'))
            {
                sepEnd = RunOf(text, i, end, c);
            }
            else if (c == '…' || (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                sepEnd = RunOf(text, i, end, c);
            }
            else if ((c is ',' or ';' or '!' or '?' or '"' or '“' or '”') && !(c == ',' && BetweenDigits(text, i, start, end)))
            {
                sepEnd = i + 1;
            }
            else if (c == '-' && SplitHyphens && i > pieceStart && i + 1 < end && char.IsLetterOrDigit(text[i - 1])
                     && char.IsLetterOrDigit(text[i + 1]) && !IsKeptPrefix(text[pieceStart..i]))
            {
                sepEnd = i + 1;
            }

            if (sepEnd > 0)
            {
                if (i > pieceStart)
                {
                    AddWord(text, pieceStart, i, tokens);
                }

                tokens.Add(new Token(i, sepEnd));
                i = sepEnd;
                pieceStart = i;
            }
            else
            {
                i++;
            }
        }

        if (end > pieceStart)
        {
            AddWord(text, pieceStart, end, tokens);
        }
    }

    /// <summary>A word, with an English clitic split off its end where there is one.</summary>
    private static void AddWord(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        int split = CliticSplit(text[start..end]);
        if (split > 0)
        {
            tokens.Add(new Token(start, start + split));
            tokens.Add(new Token(start + split, end));
        }
        else
        {
            tokens.Add(new Token(start, end));
        }
    }

    /// <summary>Where a clitic starts inside a word, or 0 for none: do|n’t, Assad|’s, they|’re, can|not, gon|na.</summary>
    internal static int CliticSplit(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n >= 4 && (w[n - 1] is 't' or 'T') && CharClass.IsApostrophe(w[n - 2]) && (w[n - 3] is 'n' or 'N') && char.IsLetter(w[n - 4]))
        {
            return n - 3;
        }

        if (n >= 3 && CharClass.IsApostrophe(w[n - 2]) && (w[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M') && char.IsLetter(w[n - 3]))
        {
            return n - 2;
        }

        if (n >= 4 && CharClass.IsApostrophe(w[n - 3]) && char.IsLetter(w[n - 4]) &&
            (w[^2..].Equals("re", StringComparison.OrdinalIgnoreCase) || w[^2..].Equals("ve", StringComparison.OrdinalIgnoreCase) || w[^2..].Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            return n - 3;
        }

        if (w.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase) || w.Equals("gotta", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return 0;
    }

    /// <summary>URLs, e-mail addresses, @handles, #hashtags and file names are never split inside.</summary>
    private static bool IsWholeToken(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (chunk.Length > 1 && chunk[0] is '@' or '#' && char.IsLetterOrDigit(chunk[1]))
        {
            return true;
        }

        int at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].IndexOf('.') > 0;
    }

    /// <summary>A leading apostrophe that is part of the word: ’90s, ’em.</summary>
    private static bool IsLeadingElision(ReadOnlySpan<char> text, int i, int end)
    {
        if (!CharClass.IsApostrophe(text[i]) || i + 2 >= end)
        {
            return false;
        }

        var rest = text[(i + 1)..end];
        return (char.IsDigit(rest[0]) && char.IsDigit(rest[1]) && (rest.Length == 2 || rest[2] is 's' or ','))
            || rest.StartsWith("em", StringComparison.Ordinal) && (rest.Length == 2 || !char.IsLetter(rest[2]));
    }

    private static bool NumberFollows(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    private static bool BetweenDigits(ReadOnlySpan<char> text, int i, int start, int end) =>
        i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    /// <summary>Prefixes UD keeps attached even when it splits hyphens (co-founder, non-Muslim, e-mail).</summary>
    private static bool IsKeptPrefix(ReadOnlySpan<char> piece) =>
        piece.Equals("co", StringComparison.OrdinalIgnoreCase) || piece.Equals("non", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("anti", StringComparison.OrdinalIgnoreCase) || piece.Equals("pre", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("post", StringComparison.OrdinalIgnoreCase) || piece.Equals("re", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("e", StringComparison.OrdinalIgnoreCase) || piece.Equals("multi", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("pro", StringComparison.OrdinalIgnoreCase) || piece.Equals("ex", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("self", StringComparison.OrdinalIgnoreCase) || piece.Equals("mid", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("semi", StringComparison.OrdinalIgnoreCase) || piece.Equals("sub", StringComparison.OrdinalIgnoreCase);

    private static int RunOf(ReadOnlySpan<char> text, int i, int end, char c)
    {
        int e = i + 1;
        while (e < end && (text[e] == c || (c == '.' && text[e] == '…')))
        {
            e++;
        }

        return e;
    }
}
