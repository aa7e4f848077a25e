using Sitrep.Documents;
using Sitrep.Nlp.Ner;

namespace Sitrep.Tests.Nlp.Ner;

public sealed class NerAnnotatorTests
{
    private static readonly NerAnnotator Annotator = new();

    [Fact]
    public void Finds_person_and_place_but_not_title_or_demonym()
    {
        var doc = Annotator.Annotate(NerTestDocuments.Build("British Foreign Secretary William Hague met Syrian officials in Damascus."));

        var names = NerTestDocuments.Names(doc);
        Assert.Contains("William Hague/PER", names);
        Assert.Contains("Damascus/LOC", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Foreign Secretary", StringComparison.Ordinal) || n.Contains("Secretary William", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President Barack Obama flew to Chicago on Tuesday.", "Barack Obama/PER", "Chicago/LOC")]
    [InlineData("Microsoft said its profits rose in Europe last year.", "Microsoft/ORG", "Europe/LOC")]
    [InlineData("The United Nations sent observers to Syria.", "United Nations/ORG", "Syria/LOC")]
    public void Labels_names_in_simple_news_sentences(string sentence, string first, string second)
    {
        var names = NerTestDocuments.Names(Annotator.Annotate(NerTestDocuments.Build(sentence)));

        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Fact]
    public void Common_words_are_not_names()
    {
        var doc = Annotator.Annotate(NerTestDocuments.Build("The price of bread rose again this week, and people were angry."));

        Assert.Empty(doc.NerSpans);
    }

    [Fact]
    public void Spans_point_at_their_tokens_and_text()
    {
        var doc = Annotator.Annotate(NerTestDocuments.Build("Talks between Angela Merkel and Vladimir Putin ended in Berlin.\nBoth leaders left Germany on Friday."));

        Assert.NotEmpty(doc.NerSpans);
        foreach (var span in doc.NerSpans)
        {
            Assert.True(span.FirstToken < span.EndToken);
            Assert.Equal(doc.Tokens[span.FirstToken].Start, span.Start);
            Assert.Equal(doc.Tokens[span.EndToken - 1].End, span.End);
            Assert.Contains(span.Label, NerModel.Labels);
            int sentence = doc.SentenceAt(span.Start);
            Assert.Equal(sentence, doc.SentenceAt(span.End - 1)); // never crosses a sentence
        }
    }

    [Fact]
    public void Document_without_tokens_gets_no_names()
    {
        var doc = Annotator.Annotate(new AnnotatedDocument(new Document("empty", "Nothing tokenized here.", new SourceInfo())));

        Assert.Empty(doc.NerSpans);
    }

    [Fact]
    public void Tokens_without_sentences_are_read_as_one_sequence()
    {
        var withSentences = NerTestDocuments.Build("British Foreign Secretary William Hague met Syrian officials in Damascus.") with { Syntax = SyntaxLayer.Empty };
        var withoutSentences = withSentences with { Sentences = [] };

        Assert.Equal(Annotator.Annotate(withSentences).NerSpans, Annotator.Annotate(withoutSentences).NerSpans);
    }

    [Fact]
    public void Same_answers_on_many_threads()
    {
        string[] texts =
        [
            "British Foreign Secretary William Hague met Syrian officials in Damascus.",
            "Talks between Angela Merkel and Vladimir Putin ended in Berlin.",
            "Microsoft said its profits rose in Europe last year.",
            "The United Nations sent observers to Syria.",
        ];
        var docs = texts.Select(NerTestDocuments.Build).ToArray();
        var expected = docs.Select(d => Annotator.Annotate(d).NerSpans.ToArray()).ToArray();

        var results = new NerSpan[400][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Annotator.Annotate(docs[i % docs.Length]).NerSpans.ToArray());

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % docs.Length], results[i]);
        }
    }

    [Fact]
    public void Works_without_the_syntax_layer()
    {
        var doc = Annotator.Annotate(NerTestDocuments.BuildTokens("Talks between Angela Merkel and Vladimir Putin ended in Berlin."));

        Assert.Contains("Berlin/LOC", NerTestDocuments.Names(doc));
    }

    [Fact]
    public void Is_part_of_the_default_pipeline()
    {
        Assert.Contains(Sitrep.Pipeline.DefaultPipeline.Create().Annotators, a => a.Name == "ner");
    }
}
