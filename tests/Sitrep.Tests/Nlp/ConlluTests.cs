using Sitrep.Documents;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Tests.Nlp;

public sealed class ConlluTests
{
    private const string Sample =
        "# newdoc id = doc1\n" +
        "# sent_id = doc1-1\n" +
        "# text = They don't like it.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tlike\tlike\tVERB\tVB\t_\t0\troot\t_\t_\n" +
        "4.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "5\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = doc1-2\n" +
        "# text = Fine\n" +
        "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n";

    [Fact]
    public void Reader_skips_multiword_ranges_and_empty_nodes_and_keeps_comments()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample), "sample");

        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("doc1-1", first.SentId);
        Assert.Equal("They don't like it.", first.Text);
        Assert.Equal("doc1", first.DocumentId);
        Assert.Equal(["They", "do", "n't", "like", "it", "."], first.Words.Select(w => w.Form));
        Assert.Equal(0, first.Words[3].Head);
        Assert.Equal("obj", first.Words[4].Deprel);
    }

    [Fact]
    public void Reader_names_file_and_line_of_a_malformed_word()
    {
        var bad = "# text = a b\n1\ta\ta\tDET\tDT\t_\t2\tdet\t_\n";
        var ex = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(bad), "bad.conllu"));
        Assert.Equal("bad.conllu:2: expected 10 tab-separated columns, found 9", ex.Message);

        var badHead = "1\ta\ta\tDET\tDT\t_\tx\tdet\t_\t_\n";
        ex = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(badHead), "bad.conllu"));
        Assert.StartsWith("bad.conllu:1: HEAD 'x'", ex.Message);
    }

    [Fact]
    public void Input_aligns_words_with_the_sentence_text_and_presets_tokens()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample), "sample");
        var doc = Assert.Single(ConlluInput.ToDocuments(sentences, "sample"));

        Assert.Equal("They don't like it.\nFine", doc.Text);
        var annotated = new AnnotatedDocument(doc);
        Assert.Equal(7, annotated.Tokens.Count);
        Assert.Equal(["They", "do", "n't", "like", "it", ".", "Fine"], annotated.Tokens.Select(t => t.Span.Text(doc.Text)));
        Assert.Equal(new Sentence(0, 19, 0, 6), annotated.Sentences[0]);
        Assert.Equal(new Sentence(20, 24, 6, 1), annotated.Sentences[1]);
    }

    [Fact]
    public void Input_falls_back_to_spaced_forms_when_the_text_does_not_match()
    {
        var conllu = "# text = something else\n1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\t_\n";
        var doc = Assert.Single(ConlluInput.ToDocuments(ConlluReader.Read(new StringReader(conllu), "x"), "x"));
        Assert.Equal("Hello there", doc.Text);
        Assert.Equal(2, doc.Preset!.Tokens.Count);
    }

    [Fact]
    public void Writer_output_reads_back_with_the_same_words_tags_and_tree()
    {
        var doc = NlpTestDocuments.Build("Russia vetoed the resolution.", "China agreed.");
        doc = new SyntaxAnnotator().Annotate(doc) with
        {
            NerSpans = [new NerSpan(0, 1, "LOC", 0, 6)],
        };

        var writer = new StringWriter();
        ConlluWriter.Write(doc, writer);
        var back = ConlluReader.Read(new StringReader(writer.ToString()), "written");

        Assert.Equal(2, back.Count);
        Assert.Equal("Russia vetoed the resolution.", back[0].Text);
        Assert.Equal("NER=B-LOC", back[0].Words[0].Misc);
        Assert.Equal("SpaceAfter=No", back[0].Words[3].Misc);
        int t = 0;
        foreach (var sentence in back)
        {
            var span = doc.Sentences[back.IndexOf(sentence)];
            foreach (var word in sentence.Words)
            {
                Assert.Equal(doc.Word(t), word.Form);
                Assert.Equal(doc.Syntax.Upos[t], word.Upos);
                Assert.Equal(doc.Syntax.Xpos[t], word.Xpos);
                Assert.Equal(doc.Syntax.Lemma[t], word.Lemma);
                Assert.Equal(doc.Syntax.Deprel[t], word.Deprel);
                int head = doc.Syntax.Head[t];
                Assert.Equal(head < 0 ? 0 : head - span.FirstToken + 1, word.Head);
                t++;
            }
        }
    }

    [Fact]
    public void Writer_leaves_syntax_columns_empty_without_a_parse()
    {
        var doc = NlpTestDocuments.Build("Hello world.");
        var writer = new StringWriter();
        ConlluWriter.Write(doc, writer);
        Assert.Contains("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_", writer.ToString());
    }
}
