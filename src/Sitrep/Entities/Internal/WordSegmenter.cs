using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

[Flags]
internal enum WordShape : byte
{
    None = 0,
    Alpha = 1,
    Capitalised = 2,
    AllCaps = 4,
    Number = 8,
    Punct = 16,

    /// <summary>The possessive marker split off a name: ’s, 's, or a bare ’ after s ("Tlas’").</summary>
    Possessive = 32,
}

/// <summary>A word or punctuation mark of the text, with the sentence it belongs to.</summary>
internal readonly record struct Word(int Start, int End, int Sentence, WordShape Shape)
{
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    public bool Is(WordShape shape) => (Shape & shape) != 0;
}

/// <summary>
/// The entity stage's own word segmentation. Names need their own rules (al-Assad and
/// brother-in-law stay one word, Assad’s splits into Assad + ’s, U.S. stays whole), so the stage does
/// not depend on how the shared tokenizer splits; it only borrows the document's sentences when present.
/// </summary>
internal static class WordSegmenter
{
    public static Word[] Segment(string text, IReadOnlyList<Sentence> sentences)
    {
        var words = new List<Word>(text.Length / 5);
        int sentence = 0;
        int sentenceEnd = sentences.Count > 0 ? sentences[0].End : int.MaxValue;
        bool ownSentences = sentences.Count == 0;
        bool newSentencePending = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // A blank line ends a sentence even without punctuation (headlines, captions).
                if (ownSentences && c == '\n' && words.Count > 0)
                {
                    newSentencePending = true;
                }

                i++;
                continue;
            }

            if (!ownSentences)
            {
                while (i >= sentenceEnd && sentence < sentences.Count - 1)
                {
                    sentence++;
                    sentenceEnd = sentences[sentence].End;
                }
            }
            else if (newSentencePending)
            {
                sentence++;
                newSentencePending = false;
            }

            int start = i;
            WordShape shape;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i);
                shape = ShapeOf(text.AsSpan(start, i - start));
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                     && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && words.Count > 0 && words[^1].End == i)
            {
                i += 2;
                shape = WordShape.Possessive;
            }
            else if (IsApostrophe(c) && words.Count > 0 && words[^1].End == i && text[i - 1] is 's' or 'S'
                     && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
            {
                i += 1;
                shape = WordShape.Possessive;
            }
            else
            {
                i++;
                shape = WordShape.Punct;
            }

            words.Add(new Word(start, i, sentence, shape));
            if (ownSentences && shape == WordShape.Punct && c is '.' or '!' or '?' && EndsSentence(text, i, words))
            {
                newSentencePending = true;
            }
        }

        return [.. words];
    }

    /// <summary>Splits a data phrase the way <see cref="Segment"/> splits text, as strings.</summary>
    public static string[] SplitPhrase(string phrase)
    {
        var words = Segment(phrase, []);
        var result = new string[words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            result[k] = phrase[words[k].Start..words[k].End];
        }

        return result;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            bool nextIsLetter = i + 1 < n && char.IsLetterOrDigit(text[i + 1]);

            // Keep hyphenated words (al-Assad, brother-in-law, 16-month) and decimals together.
            if ((c == '-' || c == '‑') && nextIsLetter)
            {
                i++;
                continue;
            }

            if ((c == '.' || c == ',') && nextIsLetter && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            // Apostrophes inside words (Ba'ath, don’t) but not the possessive 's, which is split off.
            if (IsApostrophe(c) && nextIsLetter && !IsPossessiveAt(text, i))
            {
                i++;
                continue;
            }

            // Dotted abbreviations: U.S., U.N., and "U.S" written without the last full stop.
            if (c == '.' && nextIsLetter && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]))
                && (i + 2 >= n || !char.IsLetter(text[i + 2])))
            {
                i += i + 2 < n && text[i + 2] == '.' ? 3 : 2;
                continue;
            }

            if (c == '.' && i >= 2 && text[i - 2] == '.' && char.IsUpper(text[i - 1]))
            {
                i++;
                break;
            }

            break;
        }

        return i;
    }

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static WordShape ShapeOf(ReadOnlySpan<char> w)
    {
        if (char.IsDigit(w[0]))
        {
            return WordShape.Number;
        }

        var shape = WordShape.Alpha;
        int upper = 0, letters = 0;
        foreach (char ch in w)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                }
            }
        }

        // "al-Assad", "el-Baradei": a lower-case Arabic article before a capitalised name counts as capitalised.
        bool particleName = w.Length > 3 && (w.StartsWith("al-") || w.StartsWith("el-")) && char.IsUpper(w[3]);
        if (char.IsUpper(w[0]) || particleName)
        {
            shape |= WordShape.Capitalised;
        }

        if (upper >= 2 && upper == letters)
        {
            shape |= WordShape.AllCaps;
        }

        return shape;
    }

    private static bool EndsSentence(string text, int after, List<Word> words)
    {
        // "U.S." and titles like "Dr." do not end a sentence when a capitalised name follows; keep it simple:
        // a full stop ends a sentence when followed by whitespace and then an upper-case letter, quote or end.
        if (words.Count >= 2)
        {
            var prev = words[^2];
            if (prev.End == words[^1].Start && prev.End - prev.Start <= 3 && prev.Is(WordShape.Capitalised) && text[words[^1].Start] == '.')
            {
                var p = text.AsSpan(prev.Start, prev.End - prev.Start);
                if (p is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Col" or "Lt" or "Sgt" or "Capt" or "Maj" or "Rev" or "Prof" or "Sen" or "Rep")
                {
                    return false;
                }
            }
        }

        int j = after;
        while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')')
        {
            j++;
        }

        if (j >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j >= text.Length || char.IsUpper(text[j]) || text[j] is '"' or '“' or '‘' or '(';
    }
}
