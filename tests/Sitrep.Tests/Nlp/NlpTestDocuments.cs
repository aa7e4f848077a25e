using Sitrep.Documents;

namespace Sitrep.Tests.Nlp;

/// <summary>Builds documents with tokens and sentences set by hand, so the NLP stage can be tested alone.</summary>
internal static class NlpTestDocuments
{
    /// <summary>
    /// One sentence per line; tokens split at spaces, and a final . , ? or ! split off its word.
    /// </summary>
    public static AnnotatedDocument Build(params string[] sentences)
    {
        var text = string.Join("\n", sentences);
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            int first = tokens.Count;
            int i = 0;
            while (i < sentence.Length)
            {
                if (sentence[i] == ' ')
                {
                    i++;
                    continue;
                }

                int end = sentence.IndexOf(' ', i);
                end = end < 0 ? sentence.Length : end;
                if (end - i > 1 && sentence[end - 1] is '.' or ',' or '?' or '!')
                {
                    tokens.Add(new Token(offset + i, offset + end - 1));
                    tokens.Add(new Token(offset + end - 1, offset + end));
                }
                else
                {
                    tokens.Add(new Token(offset + i, offset + end));
                }

                i = end;
            }

            spans.Add(new Sentence(offset, offset + sentence.Length, first, tokens.Count - first));
            offset += sentence.Length + 1;
        }

        return new AnnotatedDocument(new Document("test", text, new SourceInfo())) { Tokens = tokens, Sentences = spans };
    }

    public static string Word(this AnnotatedDocument doc, int token) => doc.Tokens[token].Span.Text(doc.Text);

    public static int IndexOf(this AnnotatedDocument doc, string word)
    {
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            if (doc.Word(t) == word)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"no token '{word}'");
    }
}
