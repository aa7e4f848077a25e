using Sitrep.Documents;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a paragraph break (a blank line), always; or after
/// terminal punctuation (. ! ? …) and any closing quotes and brackets that follow it, when the next token
/// can open a sentence (a capital, a digit, an opening quote or bracket). After titles and initials
/// ("Maj. Gen.", "J. R. R.") a sentence never ends; after other abbreviations ("U.S.", "Inc.") only when a
/// typical sentence opener follows. Each sentence is an exact token-aligned span: no surrounding whitespace.
/// Unpunctuated text is cut into pieces of at most 2 × <see cref="LongSentence"/> tokens.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Tokens after which a line break ends a sentence; at twice this a sentence always ends.</summary>
    public const int LongSentence = 150;

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Count / 16 + 1);
        var span = text.AsSpan();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int last = i;
            bool end = i + 1 == tokens.Count;
            if (!end && EndsAfter(span, tokens, i, out int closing))
            {
                last = closing;
                end = true;
            }

            if (!end && ParagraphBreak(span, tokens[i].End, tokens[i + 1].Start))
            {
                end = true;
            }

            // Text without punctuation (lists, tables, transcripts) must not become one endless sentence that
            // later stages parse in quadratic time: past a length, a line break ends it, and past twice that, anything.
            int length = i - first + 1;
            if (!end && length >= LongSentence && (length >= 2 * LongSentence || span[tokens[i].End..tokens[i + 1].Start].Contains('\n')))
            {
                end = true;
            }

            if (end)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
                i = last;
            }
        }

        return sentences;
    }

    /// <summary>Whether a sentence ends at token <paramref name="i"/>; <paramref name="last"/> is its last token, closing quotes included.</summary>
    private static bool EndsAfter(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i, out int last)
    {
        last = i;
        var token = text[tokens[i].Start..tokens[i].End];
        char final = token[^1];
        if (!CharClass.IsTerminal(final))
        {
            return false;
        }

        // Closing quotes and brackets that touch the terminal punctuation belong to this sentence: ."  ?”  .)
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && tokens[last + 1].Length == 1
               && CharClass.IsClosing(text[tokens[last + 1].Start]))
        {
            last++;
        }

        if (last + 1 >= tokens.Count)
        {
            return true;
        }

        var next = text[tokens[last + 1].Start..tokens[last + 1].End];
        if (!CanOpenSentence(text, tokens, last + 1))
        {
            return false;
        }

        // A list or section number on its own ("2." "2.1.") opens the heading that follows.
        if (final == '.' && IsListNumber(text, tokens, first: FirstOfLine(text, tokens, i), i))
        {
            return false;
        }

        // A word that kept its period is an abbreviation: decide by its kind.
        if (token.Length > 1 && final == '.' && token[^2] != '.')
        {
            var word = token[..^1];
            if (Abbreviations.IsTitleOrInitial(word) || Abbreviations.IsIntroducer(word))
            {
                return false;
            }

            // "approx. 3750", "No. 5": an abbreviation before a number does not end a sentence.
            if (char.IsDigit(next[0]))
            {
                return false;
            }

            if (Abbreviations.IsDotted(word))
            {
                return Abbreviations.IsSentenceStarter(next) || next.Length == 1;
            }
        }

        return true;
    }

    /// <summary>The first token of the line token <paramref name="i"/> is on.</summary>
    private static int FirstOfLine(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i)
    {
        int k = i;
        while (k > 0 && i - k < 4 && text[tokens[k - 1].End..tokens[k].Start].IndexOf('\n') < 0)
        {
            k--;
        }

        return k;
    }

    /// <summary>Tokens first..i are a number and its period at the start of a line: "2 ." or "2.1 .".</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int first, int i)
    {
        if (i - first != 1 || (first > 0 && text[tokens[first - 1].End..tokens[first].Start].IndexOf('\n') < 0))
        {
            return false;
        }

        foreach (char c in text[tokens[first].Start..tokens[first].End])
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word, a number, or an opening quote or bracket before one.</summary>
    private static bool CanOpenSentence(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int k)
    {
        char c = text[tokens[k].Start];
        if (char.IsUpper(c) || char.IsDigit(c) || CharClass.IsCurrency(c))
        {
            return true;
        }

        // Names written in camel case open sentences in lower case: "eBay", "iPhone", "wikiHow".
        if (char.IsLower(c) && tokens[k].Length > 2 && text[(tokens[k].Start + 1)..tokens[k].End].ContainsAnyInRange('A', 'Z'))
        {
            return true;
        }

        if (CharClass.IsOpening(c))
        {
            return k + 1 >= tokens.Count || CanOpenSentence(text, tokens, k + 1);
        }

        return false;
    }

    /// <summary>A blank line (two line breaks with only spaces between) separates paragraphs.</summary>
    private static bool ParagraphBreak(ReadOnlySpan<char> text, int from, int to)
    {
        int newlines = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }

        return false;
    }
}
