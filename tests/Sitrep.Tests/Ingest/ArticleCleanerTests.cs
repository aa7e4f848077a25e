using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Cleaning rules on articles written for these tests (the corpus checks are in CorpusCleaningTests).</summary>
public class ArticleCleanerTests
{
    private static Document Read(string text) => InputReader.FromText(text, "t", new IngestOptions()).Document!;

    private const string Body =
        "Government forces and rebels exchanged artillery fire near the northern border town of Karsa on Tuesday, officials said.\n\n" +
        "The interior minister, Farid Osman, told reporters that the army had “the largest stockpile of shells in the region” and would use it if needed.\n\n" +
        "Aid agencies said thousands of families had fled towards the coast since the weekend.";

    [Fact]
    public void A_trailing_sign_up_block_is_boilerplate()
    {
        var doc = Read(Body + "\n\nJoin our daily briefing\n\nEnter your e-mail address to subscribe:\nPick at least one topic.\n\nYou may unsubscribe whenever you like. See our privacy policy.");
        Assert.EndsWith("since the weekend.", doc.Text, StringComparison.Ordinal);
        Assert.Equal(4, doc.Removed.Count(r => r.Kind == RemovedKind.Boilerplate));
        Assert.DoesNotContain("subscribe", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_line_right_before_a_sign_up_block_stays_when_it_is_body()
    {
        var doc = Read(Body + "\n\nNo one was hurt.\n\nSign up for our newsletter\n\nGet the headlines in your inbox.");
        Assert.EndsWith("No one was hurt.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_sentence_that_mentions_a_newsletter_is_not_boilerplate()
    {
        var doc = Read("The rebel group announced the ceasefire in its weekly newsletter on Monday, according to two officials who read it and spoke to reporters in the capital.\n\n" + Body);
        Assert.StartsWith("The rebel group announced", doc.Text, StringComparison.Ordinal);
        Assert.Empty(doc.Removed);
    }

    [Fact]
    public void A_pull_quote_with_a_fused_byline_is_cut_and_the_byline_is_the_author()
    {
        var doc = Read(Body[..Body.IndexOf("\n\n", StringComparison.Ordinal)] +
            "\n\nThe army has the largest stockpile of shells in the region – the country’s interior minister- Lena Varga\n\n" +
            Body[(Body.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]);
        Assert.Equal("Lena Varga", doc.Source.Author);
        var pull = Assert.Single(doc.Removed, r => r.Kind == RemovedKind.PullQuote);
        Assert.Equal("The army has the largest stockpile of shells in the region – the country’s interior minister", pull.Text);
        Assert.Equal("- Lena Varga", Assert.Single(doc.Removed, r => r.Kind == RemovedKind.Byline).Text);
        Assert.DoesNotContain("Lena Varga", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_quote_attributed_to_its_speaker_does_not_set_the_author()
    {
        var doc = Read(Body + "\n\n“The largest stockpile of shells in the region” — Farid Osman");
        Assert.Single(doc.Removed, r => r.Kind == RemovedKind.PullQuote);
        Assert.Null(doc.Source.Author);
    }

    [Fact]
    public void A_display_line_that_repeats_nothing_from_the_body_stays()
    {
        var doc = Read(Body + "\n\nThe ceasefire talks resume in Geneva next month – a senior diplomat");
        Assert.Empty(doc.Removed);
        Assert.EndsWith("a senior diplomat", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_by_line_near_the_top_becomes_the_author()
    {
        var doc = Read("By Lena Varga and Tom Reyes, Example Wire\n\n" + Body);
        Assert.Equal("Lena Varga and Tom Reyes", doc.Source.Author);
        Assert.Equal(RemovedKind.Byline, Assert.Single(doc.Removed).Kind);
        Assert.StartsWith("Government forces", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_wire_credit_is_a_byline_naming_the_reporter()
    {
        var doc = Read(Body + "\n\nReporting by Lena Varga in Karsa; Editing by Tom Reyes");
        Assert.Equal("Lena Varga", doc.Source.Author);
        Assert.Equal(RemovedKind.Byline, Assert.Single(doc.Removed).Kind);
        Assert.EndsWith("since the weekend.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_and_dateline_at_the_top_are_header_and_the_headline_is_the_title()
    {
        var doc = Read("Artillery duel at Karsa\n\nTuesday, March 12, 2024\n\n" + Body);
        Assert.Equal("Artillery duel at Karsa", doc.Source.Title);
        Assert.Equal([RemovedKind.Header, RemovedKind.Header], doc.Removed.Select(r => r.Kind));
        Assert.StartsWith("Government forces", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_unpunctuated_first_paragraph_is_the_headline()
    {
        var doc = Read("Artillery duel at Karsa\n\n" + Body);
        Assert.Equal("Artillery duel at Karsa", doc.Source.Title);
        Assert.StartsWith("Government forces", doc.Text, StringComparison.Ordinal);
        Assert.Null(Read("No headline.\n\n" + Body).Source.Title);
        Assert.StartsWith("No headline.", Read("No headline.\n\n" + Body).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_with_its_date_run_on_is_header()
    {
        var doc = Read("Artillery duel at Karsa Tuesday, March 12, 2024\n\n" + Body);
        Assert.Equal("Artillery duel at Karsa", doc.Source.Title);
        Assert.StartsWith("Government forces", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_run_into_the_first_paragraph_is_cut_from_it()
    {
        var doc = Read("Tuesday, March 12, 2024 Government forces and rebels exchanged fire near Karsa.\n\nMore later.");
        Assert.StartsWith("Government forces", doc.Text, StringComparison.Ordinal);
        Assert.Equal("Tuesday, March 12, 2024 ", Assert.Single(doc.Removed).Text);
        Assert.Equal(24, doc.RawMap[0].RawStart);
    }

    [Fact]
    public void Lines_ending_in_a_photo_credit_are_captions()
    {
        var doc = Read(Body + "\n\nSmoke rises over Karsa on Tuesday. Photo: Lena Varga / Example Wire\n\nThe fighting continued overnight.");
        Assert.Equal(RemovedKind.Caption, Assert.Single(doc.Removed).Kind);
        Assert.EndsWith("continued overnight.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_read_more_lines_inside_the_text_are_boilerplate()
    {
        var doc = Read(Body.Replace("\n\nAid agencies", "\n\nRead more: Karsa's long history of border disputes\n\nAid agencies", StringComparison.Ordinal));
        Assert.Equal(RemovedKind.Boilerplate, Assert.Single(doc.Removed).Kind);
    }

    [Fact]
    public void A_sources_section_at_the_end_is_boilerplate()
    {
        var doc = Read(Body + "\n\nSources\n\n\"Clash at Karsa\" — Example Wire, March 12, 2024");
        Assert.EndsWith("since the weekend.", doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Removed.Count);
    }

    [Fact]
    public void Body_paragraphs_are_joined_by_one_blank_line_and_runs_map_to_the_raw_text()
    {
        var raw = "  First paragraph, hard-wrapped\nover two lines.  \n\n\n\nSecond paragraph.\r\n";
        var doc = Read(raw);
        Assert.Equal("First paragraph, hard-wrapped\nover two lines.\n\nSecond paragraph.", doc.Text);
        Assert.Equal([new TextMapping(0, 2, 45), new TextMapping(47, 53, 17)], doc.RawMap);
    }

    [Fact]
    public void Without_blank_lines_each_line_of_unwrapped_text_is_a_paragraph()
    {
        var doc = Read("Artillery duel at Karsa\nGovernment forces and rebels exchanged artillery fire near Karsa on Tuesday.\nAid agencies said thousands of families had fled.\nSign up for our newsletter\n");
        Assert.Equal("Artillery duel at Karsa", doc.Source.Title);
        Assert.Equal("Government forces and rebels exchanged artillery fire near Karsa on Tuesday.\n\nAid agencies said thousands of families had fled.", doc.Text);
    }

    [Fact]
    public void Hard_wrapped_lines_stay_one_paragraph()
    {
        var doc = Read("Government forces and rebels exchanged artillery fire\nnear the border town of Karsa on Tuesday, officials\nsaid.\n\nAid agencies said families had fled.");
        Assert.Equal(2, doc.RawMap.Count);
        Assert.StartsWith("Government forces and rebels exchanged artillery fire\nnear", doc.Text, StringComparison.Ordinal);
    }
}
