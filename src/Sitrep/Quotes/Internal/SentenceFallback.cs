using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Sentence spans for the quote stage. Uses the sentence layer when the text stage has run; otherwise
/// a plain splitter (terminal punctuation, optionally a closing mark, then a capital or an opening mark;
/// and every paragraph break), so quotes still work on a document nobody has split.
/// </summary>
internal static class SentenceFallback
{
    private static readonly string[] Abbreviations =
        ["mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "capt", "gov", "sen", "rep", "st", "prof", "rev", "no", "vs", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e"];

    public static List<TextSpan> Spans(AnnotatedDocument doc)
    {
        var result = new List<TextSpan>(doc.Sentences.Count);
        if (doc.Sentences.Count > 0)
        {
            foreach (var s in doc.Sentences)
            {
                result.Add(s.Span);
            }

            return result;
        }

        string text = doc.Text;
        int start = SkipSpace(text, 0);
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' && IsBlankLineAfter(text, i))
            {
                Add(text, result, start, i);
                start = SkipSpace(text, i);
                i = start;
                continue;
            }

            if (c is '.' or '?' or '!')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '”' or '"' or '’' or '\'' or ')' or '.' or '?' or '!')
                {
                    end++;
                }

                int next = end;
                while (next < text.Length && text[next] is ' ' or '\t')
                {
                    next++;
                }

                bool boundary = next >= text.Length || text[next] == '\n'
                    || (next > end && (char.IsUpper(text[next]) || text[next] is '“' or '"' or '‘' or '(' || char.IsDigit(text[next])));
                if (boundary && c == '.' && IsAbbreviation(text, i))
                {
                    boundary = false;
                }

                if (boundary)
                {
                    Add(text, result, start, end);
                    start = SkipSpace(text, end);
                    i = start;
                    continue;
                }
            }

            i++;
        }

        Add(text, result, start, text.Length);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        var word = text.AsSpan(s, dot - s);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
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

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (int j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(string text, List<TextSpan> into, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new TextSpan(start, end));
        }
    }
}
