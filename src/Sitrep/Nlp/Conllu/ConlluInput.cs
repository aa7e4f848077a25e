using System.Text;
using Sitrep.Documents;

namespace Sitrep.Nlp.Conllu;

/// <summary>
/// Turns CoNLL-U into Documents whose tokens and sentences are preset to the file's words, so the
/// pipeline can be run (and scored) on gold tokenization. Only the word forms (column 2) and the
/// <c># text</c> lines are used; every other column is ignored. One Document per <c># newdoc</c>
/// (or per file when there is none).
/// </summary>
public static class ConlluInput
{
    /// <summary>Reads a file into documents. Throws <see cref="ConlluFormatException"/> naming file and line.</summary>
    public static List<Document> ReadDocuments(string path) => ToDocuments(ConlluReader.ReadFile(path), path);

    /// <summary>Groups sentences into documents by their <c># newdoc id</c>.</summary>
    public static List<Document> ToDocuments(IReadOnlyList<ConlluSentence> sentences, string source)
    {
        var documents = new List<Document>();
        int start = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i == sentences.Count || sentences[i].DocumentId != sentences[start].DocumentId)
            {
                documents.Add(ToDocument(sentences, start, i - start, source));
                start = i;
            }
        }

        return documents;
    }

    private static Document ToDocument(IReadOnlyList<ConlluSentence> sentences, int first, int count, string source)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>(count);
        for (int s = first; s < first + count; s++)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var sentence = sentences[s];
            int sentenceStart = text.Length;
            int firstToken = tokens.Count;
            if (sentence.Text is { Length: > 0 } surface && TryAlign(surface, sentence, sentenceStart, tokens))
            {
                text.Append(surface);
            }
            else
            {
                // No # text, or the forms do not spell it out: use the forms separated by spaces.
                tokens.RemoveRange(firstToken, tokens.Count - firstToken);
                for (int w = 0; w < sentence.Count; w++)
                {
                    if (w > 0)
                    {
                        text.Append(' ');
                    }

                    int tokenStart = text.Length;
                    text.Append(sentence.Words[w].Form);
                    tokens.Add(new Token(tokenStart, text.Length));
                }
            }

            spans.Add(new Sentence(sentenceStart, text.Length, firstToken, tokens.Count - firstToken));
        }

        string id = sentences[first].DocumentId ?? Path.GetFileNameWithoutExtension(source);
        return new Document(id, text.ToString(), new SourceInfo { Path = source })
        {
            Preset = new PresetTokenization(tokens, spans),
        };
    }

    /// <summary>Finds each word form in order in the sentence text, allowing only white space between.</summary>
    private static bool TryAlign(string surface, ConlluSentence sentence, int offset, List<Token> tokens)
    {
        int cursor = 0;
        foreach (var word in sentence.Words)
        {
            while (cursor < surface.Length && char.IsWhiteSpace(surface[cursor]))
            {
                cursor++;
            }

            if (word.Form.Length == 0 || string.CompareOrdinal(surface, cursor, word.Form, 0, word.Form.Length) != 0)
            {
                return false;
            }

            tokens.Add(new Token(offset + cursor, offset + cursor + word.Form.Length));
            cursor += word.Form.Length;
        }

        return true;
    }
}
