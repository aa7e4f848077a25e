using Sitrep.Documents;
using static Sitrep.Tests.Quotes.QuoteTestDocs;

namespace Sitrep.Tests.Quotes;

public class DirectQuoteTests
{
    [Fact]
    public void Colon_introduced_curly_quote_is_direct_with_its_speaker_and_cue()
    {
        var text = "After the talks, Foreign Minister Ana Silva declared: “We will not accept this deal.”";
        var doc = Annotate(text);

        var q = Single(doc, QuoteType.Direct);
        Assert.Equal("We will not accept this deal.", q.Text);
        Assert.Equal("We will not accept this deal.", text[q.Start..q.End]);
        Assert.Equal("declared", q.Cue!.Value.Text(text));
        Assert.Equal("Foreign Minister Ana Silva", q.SpeakerName);
    }

    [Fact]
    public void Straight_quote_with_attribution_after_it()
    {
        var text = "\"The harbour will reopen on Monday,\" the mayor said.";
        var doc = Annotate(text);

        var q = Single(doc, QuoteType.Direct);
        Assert.Equal("The harbour will reopen on Monday", q.Text);
        Assert.Equal("the mayor", q.SpeakerName);
        Assert.Equal("said", q.Cue!.Value.Text(text));
    }

    [Fact]
    public void Inverted_attribution_names_the_speaker_after_the_cue()
    {
        var text = "“Nobody was hurt,” said Pedro Alves, a police spokesman.";
        var q = Single(Annotate(text), QuoteType.Direct);
        Assert.Equal("Nobody was hurt", q.Text);
        Assert.StartsWith("Pedro Alves", q.SpeakerName);
    }

    [Theory]
    [InlineData("“Why did nobody warn the villages?” she asked.", "Why did nobody warn the villages?", "asked")]
    [InlineData("“Get out of the building now!” the officer shouted, and everyone ran.", "Get out of the building now!", null)]
    [InlineData("“We will rebuild every house,” vowed the governor, Ines Duarte.", "We will rebuild every house", "vowed")]
    public void Question_and_exclamation_marks_inside_the_quotation(string text, string content, string? cue)
    {
        var q = Single(Annotate(text), QuoteType.Direct);
        Assert.Equal(content, q.Text);
        Assert.Equal(cue, q.Cue?.Text(text));
    }

    [Fact]
    public void Quote_split_by_its_attribution_is_one_quote()
    {
        var text = "“The ceasefire is holding,” Maria Okafor said, “but only just.”";
        var doc = Annotate(text);

        var q = Single(doc, QuoteType.Direct);
        Assert.Equal("The ceasefire is holding but only just.", q.Text);
        Assert.Equal("Maria Okafor", q.SpeakerName);
        Assert.Equal(text.IndexOf("The ceasefire", StringComparison.Ordinal), q.Start);
        Assert.Equal(text.IndexOf("just.", StringComparison.Ordinal) + "just.".Length, q.End);
    }

    [Fact]
    public void Unclosed_quote_continues_over_paragraphs_that_reopen_it()
    {
        var text = "The general told the troops: “We have held this line for a month and we will hold it longer.\n\n" +
                   "“Nobody leaves the ridge until the relief column arrives.\n\n" +
                   "“Then we go home.”\n\nThe column arrived on Friday.";
        var doc = Annotate(text);

        var q = Single(doc, QuoteType.Direct);
        Assert.StartsWith("We have held this line", q.Text);
        Assert.Contains("Nobody leaves the ridge", q.Text);
        Assert.EndsWith("Then we go home.", q.Text);
        Assert.Equal("The general", q.SpeakerName);
        Assert.DoesNotContain("The column arrived", q.Text);
    }

    [Fact]
    public void Quote_left_open_at_a_paragraph_end_without_a_reopening_mark_stops_there()
    {
        var text = "She said: “We are leaving the city tonight because the water has run out.\n\nOfficials did not comment.";
        var q = Single(Annotate(text), QuoteType.Direct);
        Assert.EndsWith("water has run out.", q.Text);
        Assert.DoesNotContain("Officials", q.Text);
    }

    [Fact]
    public void Nested_quote_stays_inside_the_outer_quotation()
    {
        var text = "The minister said: “They called it ‘a temporary measure’ three years ago, and it is still here.”";
        var q = Single(Annotate(text), QuoteType.Direct);
        Assert.Equal("They called it ‘a temporary measure’ three years ago, and it is still here.", q.Text);
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_statements()
    {
        var text = "The so-called “peace dividend” never came. Critics of the “Vision 2030” plan met in the capital on Tuesday.";
        var doc = Annotate(text);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Apostrophes_do_not_open_or_close_quotations()
    {
        var text = "The rebels’ commander said: “We don’t negotiate with Assad’s men.”";
        var q = Single(Annotate(text), QuoteType.Direct);
        Assert.Equal("We don’t negotiate with Assad’s men.", q.Text);
    }

    [Fact]
    public void Follow_on_quotation_without_a_cue_keeps_the_previous_speaker()
    {
        var text = "“The bridge is gone,” the engineer Luis Romero said.\n\n“It will take two years to rebuild it, if the money comes.”";
        var doc = Annotate(text);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal(QuoteType.Direct, q.Type));
        Assert.Equal(doc.Quotes[0].SpeakerName, doc.Quotes[1].SpeakerName);
        Assert.Null(doc.Quotes[1].Cue);
    }
}

/// <summary>The same patterns with the text stage's sentences and tokens in place, as the default pipeline runs them.</summary>
public class DirectQuoteWithTextLayerTests
{
    private static Sitrep.Documents.AnnotatedDocument Annotate(string text) =>
        new Sitrep.Quotes.QuoteAnnotator().Annotate(new Sitrep.Text.TextAnnotator().Annotate(QuoteTestDocs.Doc(text)));

    [Fact]
    public void Unclosed_multi_paragraph_quote_with_the_sentence_layer()
    {
        var text = "The general told the troops: “We have held this line for a month and we will hold it longer.\n\n" +
                   "“Nobody leaves the ridge until the relief column arrives.”\n\nThe column arrived on Friday.";
        var doc = Annotate(text);
        Assert.NotEmpty(doc.Sentences);
        var q = QuoteTestDocs.Single(doc, Sitrep.Documents.QuoteType.Direct);
        Assert.Contains("Nobody leaves the ridge", q.Text);
        Assert.Equal("The general", q.SpeakerName);
    }

    [Fact]
    public void Split_quote_with_the_sentence_layer()
    {
        var text = "“The ceasefire is holding,” Maria Okafor said. “But only just.” Talks resume today.";
        var doc = Annotate(text);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("Maria Okafor", q.SpeakerName));
    }
}
