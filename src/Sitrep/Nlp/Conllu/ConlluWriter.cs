using Sitrep.Documents;

namespace Sitrep.Nlp.Conllu;

/// <summary>
/// Writes an annotated document as CoNLL-U: one block per sentence with <c># sent_id</c> and
/// <c># text</c>, columns ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL, and in MISC the recogniser's names
/// as <c>NER=B-PER</c>/<c>I-PER</c> plus <c>SpaceAfter=No</c> where the text has no space. Columns the
/// pipeline does not produce (FEATS, DEPS) are <c>_</c>; so are syntax columns when no parser ran.
/// </summary>
public static class ConlluWriter
{
    public static void Write(AnnotatedDocument document, TextWriter writer)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var syntax = document.Syntax;
        bool hasSyntax = !syntax.IsEmpty && syntax.Upos.Length == tokens.Count;
        var ner = NerTags(document);
        writer.Write("# newdoc id = ");
        writer.WriteLine(OneLine(document.Document.Id));
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            writer.Write("# sent_id = ");
            writer.Write(OneLine(document.Document.Id));
            writer.Write('-');
            writer.WriteLine(s + 1);
            writer.Write("# text = ");
            writer.WriteLine(OneLine(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                writer.Write(t - sentence.FirstToken + 1);
                writer.Write('\t');
                writer.Write(Field(text.AsSpan(token.Start, token.Length)));
                writer.Write('\t');
                writer.Write(hasSyntax ? Field(syntax.Lemma[t]) : "_");
                writer.Write('\t');
                writer.Write(hasSyntax ? syntax.Upos[t] : "_");
                writer.Write('\t');
                writer.Write(hasSyntax ? syntax.Xpos[t] : "_");
                writer.Write("\t_\t");
                if (hasSyntax)
                {
                    int head = syntax.Head[t];
                    writer.Write(head < 0 ? 0 : head - sentence.FirstToken + 1);
                    writer.Write('\t');
                    writer.Write(syntax.Deprel[t]);
                }
                else
                {
                    writer.Write("_\t_");
                }

                writer.Write("\t_\t");
                writer.WriteLine(Misc(ner[t], token.End < sentence.End && !char.IsWhiteSpace(text[token.End])));
            }

            writer.WriteLine();
        }
    }

    private static string Misc(string? ner, bool noSpaceAfter) => (ner, noSpaceAfter) switch
    {
        (null, false) => "_",
        (null, true) => "SpaceAfter=No",
        (_, false) => "NER=" + ner,
        _ => "NER=" + ner + "|SpaceAfter=No",
    };

    private static string?[] NerTags(AnnotatedDocument document)
    {
        var tags = new string?[document.Tokens.Count];
        foreach (var span in document.NerSpans)
        {
            for (int t = Math.Max(0, span.FirstToken); t < span.EndToken && t < tags.Length; t++)
            {
                tags[t] = (t == span.FirstToken ? "B-" : "I-") + span.Label;
            }
        }

        return tags;
    }

    // A field may not contain tabs or line breaks, and may not be empty.
    private static string Field(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return "_";
        }

        return value.ContainsAny('\t', '\n', '\r') ? value.ToString().Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : value.ToString();
    }

    private static string OneLine(ReadOnlySpan<char> value) => value.ToString().Replace('\r', ' ').Replace('\n', ' ');
}
