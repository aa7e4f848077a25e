using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Tests.Nlp.Ner;

/// <summary>
/// Builds annotated documents with tokens and sentences by hand, so the recogniser can be tested
/// independently of the real tokenizer: words, punctuation marks and possessive 's split off; one
/// sentence per line.
/// </summary>
internal static partial class NerTestDocuments
{
    [GeneratedRegex(@"'s\b|\w+(?:[-.]\w+)*|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static readonly Sitrep.Nlp.SyntaxAnnotator Syntax = new();

    /// <summary>The document with tokens, sentences and, as in the default pipeline, the syntax layer the recogniser reads.</summary>
    public static AnnotatedDocument Build(string text) => Syntax.Annotate(BuildTokens(text));

    /// <summary>The document with tokens and sentences only.</summary>
    public static AnnotatedDocument BuildTokens(string text)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            int first = tokens.Count;
            foreach (Match m in Word().Matches(line))
            {
                tokens.Add(new Token(lineStart + m.Index, lineStart + m.Index + m.Length));
            }

            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
            }

            lineStart += line.Length + 1;
        }

        var document = new Document("test", text, new SourceInfo());
        return new AnnotatedDocument(document) { Tokens = tokens, Sentences = sentences };
    }

    /// <summary>The names found, as "text/LABEL" in document order.</summary>
    public static List<string> Names(AnnotatedDocument document) =>
        document.NerSpans.Select(s => document.Text[s.Start..s.End] + "/" + s.Label).ToList();
}
