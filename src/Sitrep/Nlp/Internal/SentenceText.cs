using System.Text;
using Sitrep.Documents;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Nlp.Internal;

/// <summary>Builds a text with token offsets from CoNLL-U word forms (joined by single spaces) for training.</summary>
internal static class SentenceText
{
    public static (string Text, Token[] Tokens) Join(ConlluSentence sentence)
    {
        var sb = new StringBuilder();
        var tokens = new Token[sentence.Count];
        for (int i = 0; i < sentence.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            int start = sb.Length;
            sb.Append(sentence.Words[i].Form);
            tokens[i] = new Token(start, sb.Length);
        }

        return (sb.ToString(), tokens);
    }
}
