using Sitrep.Documents;
using static Sitrep.Tests.Quotes.QuoteTestDocs;

namespace Sitrep.Tests.Quotes;

public class IndirectQuoteTests
{
    [Theory]
    [InlineData("The governor said that the curfew would end on Sunday.", "the curfew would end on Sunday", "said")]
    [InlineData("The governor said the curfew would end on Sunday.", "the curfew would end on Sunday", "said")]
    [InlineData("Local officials predicted that turnout would fall sharply.", "turnout would fall sharply", "predicted")]
    [InlineData("The opposition claimed the vote had been rigged in three provinces.", "the vote had been rigged in three provinces", "claimed")]
    [InlineData("The union called for an independent inquiry into the shooting.", "an independent inquiry into the shooting", "called for")]
    [InlineData("The bishop denounced the eviction of the families.", "the eviction of the families", "denounced")]
    [InlineData("The spokesman denied that troops had crossed the border.", "troops had crossed the border", "denied")]
    [InlineData("Some economists now fear, however, that the currency will collapse.", "the currency will collapse", "fear")]
    public void Reported_statement_after_a_cue_is_an_indirect_quote(string text, string content, string cue)
    {
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal(content, q.Text);
        Assert.Equal(content, text[q.Start..q.End]);
        Assert.Equal(cue, q.Cue!.Value.Text(text));
    }

    [Fact]
    public void According_to_names_the_speaker_and_keeps_the_clause()
    {
        var text = "According to the health ministry, 40 people were treated for burns.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("40 people were treated for burns", q.Text);
        Assert.Equal("the health ministry", q.SpeakerName);
    }

    [Fact]
    public void Trailing_according_to_is_the_reporting_source_of_a_said_statement()
    {
        var text = "The colonel said the airport was under army control, according to Reuters.";
        var doc = Annotate(text);
        var q = Single(doc, QuoteType.Indirect);
        Assert.Equal("the airport was under army control", q.Text);
        Assert.Equal("The colonel", q.SpeakerName);
        Assert.Equal("Reuters", q.ReportedBy);
    }

    [Fact]
    public void Attribution_in_the_middle_of_the_statement_joins_both_sides()
    {
        var text = "The talks in Geneva, the envoy said, had collapsed over the prisoner list.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("The talks in Geneva had collapsed over the prisoner list", q.Text);
        Assert.Equal("the envoy", q.SpeakerName);
        Assert.Equal(0, q.Start);
    }

    [Fact]
    public void Subject_before_a_relative_clause_is_the_speaker()
    {
        var text = "Hague, who visited the camps last year, said the regime was finished.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("the regime was finished", q.Text);
        Assert.Equal("Hague", q.SpeakerName);
    }

    [Fact]
    public void Described_as_reports_the_description()
    {
        var text = "The senator described the budget as a betrayal of rural voters.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("a betrayal of rural voters", q.Text);
        Assert.Equal("The senator", q.SpeakerName);
    }

    [Fact]
    public void Partial_quote_inside_a_reported_statement_is_mixed_with_the_quoted_words_as_direct_span()
    {
        var text = "The envoy said the talks had reached “a point of no return” after the shelling.";
        var doc = Annotate(text);
        var q = Single(doc, QuoteType.Mixed);
        Assert.Equal("the talks had reached “a point of no return” after the shelling", q.Text);
        Assert.Equal("a point of no return", q.DirectSpan!.Value.Text(text));
        Assert.DoesNotContain(doc.Quotes, x => x.Type == QuoteType.Direct);
    }

    [Fact]
    public void Two_that_clauses_of_one_cue_are_two_quotes_with_the_same_speaker()
    {
        var text = "Ortega said the dam was safe and that engineers had inspected it twice.";
        var doc = Annotate(text);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("the dam was safe", doc.Quotes[0].Text);
        Assert.Equal("engineers had inspected it twice", doc.Quotes[1].Text);
        Assert.All(doc.Quotes, q => Assert.Equal("Ortega", q.SpeakerName));
    }

    [Fact]
    public void Coordinated_cues_share_their_subject_and_split_the_content()
    {
        var text = "Yesterday she called for new elections and condemned the arrest of journalists.";
        var doc = Annotate(text);
        Assert.Equal(["new elections", "the arrest of journalists"], doc.Quotes.Select(q => q.Text).ToArray());
        Assert.Equal(doc.Quotes[0].SpeakerMention, doc.Quotes[1].SpeakerMention);
    }

    [Fact]
    public void Nominal_reports_and_passive_hearsay_have_no_named_speaker()
    {
        var text = "There have been reports of looting in the port, and two ministers are said to be negotiating with the strikers.";
        var doc = Annotate(text);
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("looting in the port", doc.Quotes[0].Text);
        Assert.Equal("reports", doc.Quotes[0].SpeakerName);
        Assert.Equal("two ministers are said to be negotiating with the strikers", doc.Quotes[1].Text);
        Assert.Null(doc.Quotes[1].SpeakerName);
        Assert.Null(doc.Quotes[1].Speaker);
    }

    [Fact]
    public void Object_of_a_relative_clause_is_what_was_called_for()
    {
        var text = "The plan offers a ceasefire which the African Union has called for.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("a ceasefire", q.Text);
        Assert.Equal("the African Union", q.SpeakerName);
    }

    [Fact]
    public void Noun_uses_of_cue_words_are_not_cues()
    {
        var text = "His claims about the state of the economy went unanswered. The report in the newspaper was short.";
        Assert.Empty(Annotate(text).Quotes);
    }

    [Theory]
    [InlineData("Exports to the United States rose in a state of the art port.")]
    [InlineData("By adding iron to the soil, the yield can be measured.")]
    [InlineData("That said, the harvest was the best in a decade.")]
    [InlineData("Each asylum claim is checked by two officers.")]
    [InlineData("The professor explained how the glacier moves.")]
    public void Words_that_only_look_like_cues_report_nothing(string text)
    {
        Assert.Empty(Annotate(text).Quotes);
    }

    [Fact]
    public void Participle_after_a_comma_reports_for_the_same_speaker()
    {
        var text = "The mayor said the bridge was unsafe, adding that repairs would take a year.";
        var doc = Annotate(text);
        Assert.Equal(["the bridge was unsafe", "repairs would take a year"], doc.Quotes.Select(q => q.Text).ToArray());
        Assert.Equal("The mayor", doc.Quotes[1].SpeakerName);
    }

    [Fact]
    public void A_demonstrative_subject_of_a_passive_cue_points_to_the_previous_statement()
    {
        var text = "There is little doubt that the drought will get worse. This was confirmed by the weather service director, Dr Amina Bello, on Monday.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("the drought will get worse", q.Text);
        Assert.Contains("Amina Bello", q.SpeakerName);
    }
}
