using System.Collections.Frozen;

namespace Sitrep.Time.Internal;

/// <summary>
/// A small sentence splitter used only when the document carries no sentences yet (the text stage
/// not run): a line break, or ". ! ?" before a capital, ends a sentence unless the word before the
/// full stop is a known abbreviation or a single initial. Good enough to keep tense cues and
/// relative-date anchors inside their sentence; the text stage's splitter replaces it when present.
/// A full stop after a one-letter word never ends a sentence here ("6 a.m. (0300 GMT)").
/// </summary>
internal static class SentenceGuesser
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Maj", "Col", "Lt", "Sgt", "Capt", "Cpl", "Adm", "Gov", "Sen", "Rep", "Rev",
         "St", "Jr", "Sr", "Mt", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
         "Inc", "Ltd", "Co", "Corp", "etc", "Fig", "approx"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Assign(string text, Span<TimeToken> tokens)
    {
        int sentence = 0;
        bool boundaryPending = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            ref var token = ref tokens[t];
            if (t > 0)
            {
                bool lineBreak = text.AsSpan(tokens[t - 1].End, token.Start - tokens[t - 1].End).Contains('\n');
                bool startsLikeSentence = token.Capitalized || token.Shape == TokenShape.Number || IsOpeningQuote(text[token.Start]);
                if (lineBreak || (boundaryPending && startsLikeSentence && token.Start > tokens[t - 1].End))
                {
                    sentence++;
                    token.SentenceStart = true;
                }
                else if (boundaryPending && token.Shape != TokenShape.Punct)
                {
                    boundaryPending = false;
                }
            }
            else
            {
                token.SentenceStart = true;
            }

            if (token.SentenceStart)
            {
                boundaryPending = false;
            }

            token.Sentence = sentence;
            if (token.Shape == TokenShape.Punct)
            {
                char c = text[token.Start];
                if (c is '!' or '?')
                {
                    boundaryPending = true;
                }
                else if (c == '.' && !AfterAbbreviation(text, tokens, t))
                {
                    boundaryPending = true;
                }
            }
        }

        return tokens.Length == 0 ? 0 : sentence + 1;
    }

    private static bool AfterAbbreviation(string text, Span<TimeToken> tokens, int dot)
    {
        if (dot == 0 || tokens[dot - 1].End != tokens[dot].Start || tokens[dot - 1].Shape != TokenShape.Word)
        {
            return false;
        }

        var word = text.AsSpan(tokens[dot - 1].Start, tokens[dot - 1].End - tokens[dot - 1].Start);
        // Initials ("J. Smith") and dotted abbreviations ("a.m.", "U.S.") end in a one-letter word.
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '(';
}
