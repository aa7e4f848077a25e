using Sitrep.Documents;
using Sitrep.Quotes;
using static Sitrep.Tests.Quotes.QuoteTestDocs;

namespace Sitrep.Tests.Quotes;

public class ClaimsLedgerTests
{
    [Theory]
    [InlineData("The analyst predicted that the coalition would collapse.", Stance.Predicts)]
    [InlineData("The ministry denied that it had ordered the raid.", Stance.Denies)]
    [InlineData("Protesters called for the release of the prisoners.", Stance.Demands)]
    [InlineData("The mayor accused the police of brutality.", Stance.Accuses)]
    [InlineData("The company claimed the spill was under control.", Stance.Asserts)]
    [InlineData("The minister said prices will rise next year.", Stance.Predicts)]
    public void Stance_comes_from_the_cue_or_the_future_tense(string text, Stance expected)
    {
        var doc = Annotate(text);
        var claim = Assert.Single(doc.Claims);
        Assert.Equal(expected, claim.Stance);
        Assert.Equal(doc.Quotes[claim.Quote].Text, claim.Text);
    }

    [Fact]
    public void Imperative_in_a_direct_quote_is_a_demand_when_the_parser_has_tagged_it()
    {
        var text = "The colonel said: “Lay down your arms.”";
        var tokens = new List<Token>();
        var xpos = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\w+|[^\w\s]"))
        {
            tokens.Add(new Token(m.Index, m.Index + m.Length));
            xpos.Add(m.Value switch { "Lay" => "VB", "said" => "VBD", "colonel" or "arms" => "NN", _ => "XX" });
        }

        int n = tokens.Count;
        var syntax = new SyntaxLayer([.. xpos.Select(x => x == "VB" ? "VERB" : "X")], [.. xpos], new string[n], new int[n], new string[n]);
        var tagged = new QuoteAnnotator().Annotate(Doc(text) with { Tokens = tokens, Syntax = syntax });
        var untagged = Annotate(text);

        Assert.Equal(Stance.Demands, Assert.Single(tagged.Claims).Stance);
        Assert.Empty(untagged.Claims);
    }

    [Theory]
    [InlineData("The mayor said: “We’ll have the bridge open by June.”", true)]
    [InlineData("The mayor said: “Had the storm come at night, it would have been much worse.”", false)]
    [InlineData("The mayor said the bridge would open in June.", true)]
    public void Would_is_a_forecast_only_in_reported_speech(string text, bool isPrediction)
    {
        var doc = Annotate(text);
        Assert.Equal(isPrediction, doc.Claims.Any(c => c.Stance == Stance.Predicts));
    }

    [Fact]
    public void A_quotation_with_no_cue_and_no_speaker_is_not_in_the_ledger()
    {
        var doc = Annotate("The banner read “We will never surrender our homes to anyone.” in red letters.\n\nNobody claimed it.");
        Assert.Empty(doc.Claims);
    }

    [Fact]
    public void A_plain_report_is_not_a_claim()
    {
        var doc = Annotate("The minister said the meeting took place in Rabat.");
        Assert.Single(doc.Quotes);
        Assert.Empty(doc.Claims);
    }

    [Fact]
    public void Claim_date_is_the_date_in_its_sentence_or_the_publication_date()
    {
        var text = "On Tuesday the envoy warned that fighting would resume. The general predicted a long war.";
        var doc = Annotate(text);
        var withTimex = new QuoteAnnotator().Annotate(Doc(text) with
        {
            Timex = [new Timex { Start = 3, End = 10, Text = "Tuesday", Type = TimexType.Date, Value = "2024-03-04" }],
        });

        Assert.Equal("2024-03-04 2024-03-05", string.Join(' ', withTimex.Claims.Select(c => c.Date)));
        Assert.Equal("2024-03-05 2024-03-05", string.Join(' ', doc.Claims.Select(c => c.Date)));
    }

    [Fact]
    public void Pull_quote_is_matched_to_the_body_quote_and_credits_the_body_speaker()
    {
        var text = "The island’s reserves are shrinking. The water board chairman, Tomas Vella, said the aquifer “will be dry within ten years”.";
        var raw = "The aquifer will be dry within ten years – water board - Jane Byline";
        var doc = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())
        {
            Removed = [new RemovedSpan(0, raw.Length, RemovedKind.PullQuote, raw)],
        }));

        var match = Assert.Single(PullQuoteMatcher.Match(doc));
        Assert.Equal(0, match.Quote);
        var claim = Assert.Single(doc.Claims);
        Assert.True(claim.PulledOut);
        Assert.Equal("Tomas Vella", claim.SpeakerName);
        Assert.Equal(Stance.Predicts, claim.Stance);
    }

    [Fact]
    public void Unrelated_pull_quote_matches_nothing()
    {
        var text = "The minister said the meeting took place in Rabat.";
        var raw = "Fishing quotas are a matter of national survival - A. Writer";
        var doc = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())
        {
            Removed = [new RemovedSpan(0, raw.Length, RemovedKind.PullQuote, raw)],
        }));
        Assert.Empty(PullQuoteMatcher.Match(doc));
    }
}
