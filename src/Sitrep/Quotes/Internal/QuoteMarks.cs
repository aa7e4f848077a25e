namespace Sitrep.Quotes.Internal;

/// <summary>
/// A top-level quotation found by its marks. A quotation that runs over several paragraphs (an opening
/// mark at each new paragraph, closed only at the end) is one quotation with several parts.
/// </summary>
internal sealed class QuotedSpan
{
    public required int Open { get; init; }

    /// <summary>Offset of the closing mark, or -1 when the quotation is never closed.</summary>
    public int Close { get; set; } = -1;

    /// <summary>The quoted words, without the marks: one range per paragraph.</summary>
    public List<(int Start, int End)> Parts { get; } = [];

    public bool Closed => Close >= 0;

    public int ContentStart => Parts[0].Start;

    public int ContentEnd => Parts[^1].End;

    /// <summary>End of the whole quotation including its closing mark.</summary>
    public int OuterEnd => Closed ? Close + 1 : ContentEnd;

    /// <summary>Set once a quote or a mixed quote has claimed this quotation.</summary>
    public bool Used { get; set; }
}

/// <summary>
/// Finds quotations by their marks: curly and straight double quotes, guillemets, and single quotes
/// (told apart from apostrophes by the letters around them). Nested quotes stay inside their outer
/// quotation. Runs once over the document text.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedSpan> Scan(string text)
    {
        var result = new List<QuotedSpan>();
        QuotedSpan? current = null;
        char closer = '\0';
        int partStart = 0;

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && current is not null && IsParagraphBreak(text, i, out int next))
            {
                bool single = closer is '’' or '\'';
                current.Parts.Add((partStart, TrimEnd(text, partStart, i)));

                // An open quotation at a paragraph end continues only if the next paragraph opens again.
                if (!single && next < text.Length && IsOpeningOf(text[next], closer))
                {
                    partStart = next + 1;
                    i = next;
                    continue;
                }

                // A single mark left open is far more often a stray apostrophe ('90s) than a quotation.
                if (!single)
                {
                    result.Add(current);
                }

                current = null;
                continue;
            }

            if (current is null)
            {
                if (TryOpen(text, i, out closer))
                {
                    current = new QuotedSpan { Open = i };
                    partStart = i + 1;
                }

                continue;
            }

            if (c == closer && IsClosing(text, i, closer))
            {
                current.Parts.Add((partStart, i));
                current.Close = i;
                result.Add(current);
                current = null;
            }
        }

        if (current is not null && closer is not ('’' or '\''))
        {
            current.Parts.Add((partStart, TrimEnd(text, partStart, text.Length)));
            result.Add(current);
        }

        return result;
    }

    private static bool TryOpen(string text, int i, out char closer)
    {
        char c = text[i];
        closer = c switch
        {
            '“' => '”',
            '„' => '“',
            '«' => '»',
            '"' => '"',
            '‘' => '’',
            '\'' => '\'',
            _ => '\0',
        };
        if (closer == '\0')
        {
            return false;
        }

        // A straight or single mark opens only at a word start: after a space, a bracket or the text start,
        // and before a letter or digit. Otherwise it is an apostrophe or a stray mark.
        if (c is '"' or '\'' or '‘')
        {
            bool leftOk = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '“' or '"';
            bool rightOk = i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '‘' or '.' or '\'');
            return leftOk && rightOk;
        }

        return true;
    }

    private static bool IsClosing(string text, int i, char closer)
    {
        if (closer is '’' or '\'')
        {
            // "don’t", "Assad’s": an apostrophe between letters never closes a quotation.
            bool letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            bool letterAfter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            return !(letterBefore && letterAfter);
        }

        return true;
    }

    private static bool IsOpeningOf(char c, char closer) => closer switch
    {
        '”' => c is '“' or '"',
        '"' => c is '"' or '“',
        '»' => c is '«',
        '“' => c is '„',
        _ => false,
    };

    /// <summary>True when the newline at <paramref name="i"/> ends a paragraph (a blank line follows); <paramref name="next"/> is the next paragraph's first character.</summary>
    private static bool IsParagraphBreak(string text, int i, out int next)
    {
        int j = i + 1;
        bool blank = false;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            if (text[j] == '\n')
            {
                blank = true;
            }

            j++;
        }

        next = j;
        return blank || j >= text.Length;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
