using System.Globalization;

namespace Sitrep.Quotes.Internal;

/// <summary>A word or a single punctuation character of the text, by offsets.</summary>
internal readonly record struct Word(int Start, int End, bool IsPunct)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a stretch of text into words and punctuation marks. Words keep inner apostrophes, hyphens
/// and abbreviation dots ("won’t", "al-Assad", "U.S."); every other non-space character is its own
/// token. The quote stage uses this rather than the token layer so it behaves the same whether or not
/// the tokenizer has run.
/// </summary>
internal static class WordScanner
{
    public static void Scan(string text, int start, int end, List<Word> into)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                into.Add(new Word(i, i + 1, true));
                i++;
                continue;
            }

            int j = i + 1;
            while (j < end)
            {
                char d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                else if ((d is '’' or '\'' or '-' or '.' or '‐') && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                {
                    j += 2;
                }
                else if (d == ',' && j + 1 < end && char.IsDigit(text[j + 1]) && char.IsDigit(text[j - 1]))
                {
                    // "10,000" is one number.
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            // "Mr. Lee", "Gen. Tlas": a title abbreviation keeps its dot so a name reads on through it.
            if (j < end && text[j] == '.' && IsTitleAbbreviation(text.AsSpan(i, j - i)))
            {
                j++;
            }

            into.Add(new Word(i, j, false));
            i = j;
        }
    }

    private static bool IsTitleAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var t in (ReadOnlySpan<string>)["Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Maj", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof", "Rev", "Cmdr", "Adm", "Brig"])
        {
            if (word.SequenceEqual(t))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(string text, Word w, string lower) =>
        !w.IsPunct && text.AsSpan(w.Start, w.Length).Equals(lower, StringComparison.OrdinalIgnoreCase);

    public static bool IsChar(string text, Word w, char c) => w.IsPunct && text[w.Start] == c;

    /// <summary>Starts with a capital, or is a name with a lower-case particle ("al-Assad", "bin-Laden").</summary>
    public static bool IsCapitalised(string text, Word w)
    {
        if (w.IsPunct)
        {
            return false;
        }

        if (char.IsUpper(text[w.Start]))
        {
            return true;
        }

        int dash = text.IndexOf('-', w.Start, w.Length);
        return dash > w.Start && dash + 1 < w.End && dash - w.Start <= 3 && char.IsUpper(text[dash + 1]);
    }

    public static bool IsAnyOf(string text, Word w, ReadOnlySpan<string> lowers)
    {
        if (w.IsPunct)
        {
            return false;
        }

        var s = text.AsSpan(w.Start, w.Length);
        foreach (var l in lowers)
        {
            if (s.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsDigitWord(string text, Word w) =>
        !w.IsPunct && CharUnicodeInfo.GetUnicodeCategory(text[w.Start]) == UnicodeCategory.DecimalDigitNumber;
}
