using Sitrep.Documents;
using Sitrep.Nlp;

namespace Sitrep.Tests.Nlp;

public sealed class SyntaxAnnotatorTests
{
    private static readonly SyntaxAnnotator Annotator = new();

    private static (string Relation, string Head) Arc(AnnotatedDocument doc, string word)
    {
        int t = doc.IndexOf(word);
        int head = doc.Syntax.Head[t];
        return (doc.Syntax.Deprel[t], head < 0 ? "ROOT" : doc.Word(head));
    }

    [Fact]
    public void Tags_a_simple_sentence()
    {
        var doc = Annotator.Annotate(NlpTestDocuments.Build("Russia vetoed the resolution on Thursday."));
        Assert.Equal(["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], doc.Syntax.Upos);
        Assert.Equal(["NNP", "VBD", "DT", "NN", "IN", "NNP", "."], doc.Syntax.Xpos);
        Assert.Equal(["Russia", "veto", "the", "resolution", "on", "Thursday", "."], doc.Syntax.Lemma);
    }

    [Fact]
    public void Finds_subject_and_object()
    {
        var doc = Annotator.Annotate(NlpTestDocuments.Build("Russia vetoed the resolution."));
        Assert.Equal(("root", "ROOT"), Arc(doc, "vetoed"));
        Assert.Equal(("nsubj", "vetoed"), Arc(doc, "Russia"));
        Assert.Equal(("obj", "vetoed"), Arc(doc, "resolution"));
        Assert.Equal(("det", "resolution"), Arc(doc, "the"));
        Assert.Equal(("punct", "vetoed"), Arc(doc, "."));
    }

    [Fact]
    public void Finds_passive_subject_and_agent()
    {
        var doc = Annotator.Annotate(NlpTestDocuments.Build("The resolution was rejected by the council."));
        Assert.Equal(("root", "ROOT"), Arc(doc, "rejected"));
        Assert.Equal(("nsubj:pass", "rejected"), Arc(doc, "resolution"));
        Assert.Equal(("aux:pass", "rejected"), Arc(doc, "was"));
        Assert.Equal(("obl:agent", "rejected"), Arc(doc, "council"));
        Assert.Equal(("case", "council"), Arc(doc, "by"));
    }

    [Fact]
    public void Finds_relative_clause()
    {
        var doc = Annotator.Annotate(NlpTestDocuments.Build("Police arrested the man who attacked the embassy."));
        Assert.Equal(("obj", "arrested"), Arc(doc, "man"));
        Assert.Equal(("acl:relcl", "man"), Arc(doc, "attacked"));
        Assert.Equal(("nsubj", "attacked"), Arc(doc, "who"));
        Assert.Equal(("obj", "attacked"), Arc(doc, "embassy"));
    }

    [Fact]
    public void Finds_coordinated_verbs_and_an_oblique()
    {
        // "near the border" after an intransitive verb can only be an oblique; after "attacked a convoy"
        // it could as well modify "convoy" (nmod), so that sentence tests only the coordination.
        var doc = Annotator.Annotate(NlpTestDocuments.Build("Rebels attacked near the border and seized weapons."));
        Assert.Equal(("obl", "attacked"), Arc(doc, "border"));

        doc = Annotator.Annotate(NlpTestDocuments.Build("Rebels attacked a convoy near the border and seized weapons."));
        Assert.Equal(("nsubj", "attacked"), Arc(doc, "Rebels"));
        Assert.Equal(("obj", "attacked"), Arc(doc, "convoy"));
        Assert.Equal(("conj", "attacked"), Arc(doc, "seized"));
        Assert.Equal(("cc", "seized"), Arc(doc, "and"));
        Assert.Equal(("obj", "seized"), Arc(doc, "weapons"));
    }

    [Fact]
    public void Heads_are_document_token_indices_with_one_root_per_sentence()
    {
        var doc = Annotator.Annotate(NlpTestDocuments.Build("Talks failed.", "The army said it would withdraw troops from the city."));
        var syntax = doc.Syntax;
        Assert.Equal(doc.Tokens.Count, syntax.Head.Length);
        foreach (var sentence in doc.Sentences)
        {
            int roots = 0;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int head = syntax.Head[t];
                if (head < 0)
                {
                    roots++;
                    Assert.Equal("root", syntax.Deprel[t]);
                }
                else
                {
                    Assert.InRange(head, sentence.FirstToken, sentence.EndToken - 1);
                    Assert.NotEqual(t, head);
                }
            }

            Assert.Equal(1, roots);
        }

        Assert.Equal(("ccomp", "said"), Arc(doc, "withdraw"));
    }

    [Fact]
    public void Leaves_a_document_without_tokens_unchanged()
    {
        var doc = new AnnotatedDocument(new Document("empty", "No tokens here.", new SourceInfo()));
        var result = Annotator.Annotate(doc);
        Assert.True(result.Syntax.IsEmpty);
    }

    [Fact]
    public void Tags_tokens_outside_any_sentence_without_parsing_them()
    {
        var built = NlpTestDocuments.Build("Russia vetoed it.");
        var doc = built with { Sentences = [] };
        var result = Annotator.Annotate(doc);
        Assert.Equal(4, result.Syntax.Upos.Length);
        Assert.All(result.Syntax.Head, h => Assert.Equal(-1, h));
        Assert.Equal("PROPN", result.Syntax.Upos[0]);
    }

    [Fact]
    public void Annotates_each_sentence_of_a_document_as_it_would_annotate_it_alone()
    {
        var sentences = new[]
        {
            "Police arrested three protesters outside the embassy on Monday.",
            "The minister denied the reports.",
            "Rebels attacked a convoy near the border.",
        };
        var whole = Annotator.Annotate(NlpTestDocuments.Build(sentences)).Syntax;
        int offset = 0;
        foreach (var sentence in sentences)
        {
            var alone = Annotator.Annotate(NlpTestDocuments.Build(sentence)).Syntax;
            int n = alone.Upos.Length;
            Assert.Equal(alone.Xpos, whole.Xpos[offset..(offset + n)]);
            Assert.Equal(alone.Lemma, whole.Lemma[offset..(offset + n)]);
            Assert.Equal(alone.Deprel, whole.Deprel[offset..(offset + n)]);
            Assert.Equal(alone.Head.Select(h => h < 0 ? h : h + offset), whole.Head[offset..(offset + n)]);
            offset += n;
        }
    }

    [Fact]
    public void Leaves_tokens_between_sentences_and_overlapping_sentences_unparsed()
    {
        var built = NlpTestDocuments.Build("Russia vetoed the resolution.", "China abstained.", "The council adjourned.");
        var s = built.Sentences;

        // The second sentence is dropped (its tokens fall between sentences); a copy of the first overlaps it.
        var doc = built with { Sentences = [s[0], s[0], s[2]] };
        var result = Annotator.Annotate(doc).Syntax;
        var parsed = Annotator.Annotate(built).Syntax;

        for (int t = s[1].FirstToken; t < s[1].EndToken; t++)
        {
            Assert.Equal(-1, result.Head[t]);
            Assert.Equal("dep", result.Deprel[t]);
        }

        Assert.Equal(parsed.Head[..s[0].EndToken], result.Head[..s[0].EndToken]);
        Assert.Equal(parsed.Head[s[2].FirstToken..], result.Head[s[2].FirstToken..]);
        Assert.Equal(parsed.Deprel[s[2].FirstToken..], result.Deprel[s[2].FirstToken..]);
    }

    [Fact]
    public void Gives_the_same_answer_on_many_threads()
    {
        var sentences = new[]
        {
            "Police arrested three protesters outside the embassy on Monday.",
            "The minister, who resigned last year, denied the reports.",
            "Rebels attacked a convoy near the border and seized weapons.",
        };
        var expected = sentences.Select(s => Annotator.Annotate(NlpTestDocuments.Build(s)).Syntax).ToArray();
        var failures = 0;
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var syntax = Annotator.Annotate(NlpTestDocuments.Build(sentences[i % 3])).Syntax;
            var want = expected[i % 3];
            if (!syntax.Upos.SequenceEqual(want.Upos) || !syntax.Head.SequenceEqual(want.Head) ||
                !syntax.Deprel.SequenceEqual(want.Deprel) || !syntax.Lemma.SequenceEqual(want.Lemma))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
