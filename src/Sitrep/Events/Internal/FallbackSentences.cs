using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Tokens and sentences for a document the text stage has not annotated: the text stage's tokenizer, a sentence
/// ending at ".", "!" or "?" (or a closing quote after one) followed by a capital or a new line.
/// </summary>
internal static class FallbackSentences
{
    public static (IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences) Split(string text)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(text);
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            bool terminal = w is "." or "!" or "?";
            bool closeQuote = w is "”" or "\"" or "’" && i > 0 && text[tokens[i - 1].Start] is '.' or '!' or '?';
            bool lineBreak = i + 1 < tokens.Count && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (!(terminal || closeQuote || lineBreak) || (terminal && i + 1 < tokens.Count && text[tokens[i + 1].Start] is '”' or '"' or '’'))
            {
                continue;
            }

            if (!lineBreak && i + 1 < tokens.Count && !char.IsUpper(text[tokens[i + 1].Start]) && !char.IsDigit(text[tokens[i + 1].Start]))
            {
                continue;
            }

            sentences.Add(new Sentence(tokens[start].Start, tokens[i].End, start, i + 1 - start));
            start = i + 1;
        }

        if (start < tokens.Count)
        {
            sentences.Add(new Sentence(tokens[start].Start, tokens[^1].End, start, tokens.Count - start));
        }

        return (tokens, sentences);
    }
}
