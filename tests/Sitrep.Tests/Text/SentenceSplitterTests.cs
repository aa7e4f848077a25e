using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = new TextAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())));
        return [.. doc.Sentences.Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void Titles_initials_and_abbreviations_do_not_end_a_sentence()
    {
        var s = Sentences("Maj. Gen. Ali Hassan met Dr. Noor in the U.S. capital on Jan. 5. J. R. R. Tolkien was not there.");
        Assert.Equal(["Maj. Gen. Ali Hassan met Dr. Noor in the U.S. capital on Jan. 5.", "J. R. R. Tolkien was not there."], s);
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_when_a_sentence_opener_follows()
    {
        var s = Sentences("Troops arrived from the U.S. The talks went on.");
        Assert.Equal(["Troops arrived from the U.S.", "The talks went on."], s);
    }

    [Fact]
    public void A_sentence_ending_inside_a_closing_quote_keeps_the_quote()
    {
        var s = Sentences("He said: “We will stay.” The army left. She asked, “Why?” and left.");
        Assert.Equal(["He said: “We will stay.”", "The army left.", "She asked, “Why?” and left."], s);
    }

    [Fact]
    public void Decimals_brackets_and_dashes_stay_inside_the_sentence()
    {
        var s = Sentences("Growth was 3.5 per cent (down from 4.1) – the lowest in years. Prices rose.");
        Assert.Equal(["Growth was 3.5 per cent (down from 4.1) – the lowest in years.", "Prices rose."], s);
    }

    [Fact]
    public void Paragraph_breaks_always_end_a_sentence_and_spans_are_trimmed()
    {
        var text = "Border clash kills five\n\n  Fighting resumed on Tuesday  \n\nOfficials said more troops were sent.  ";
        Assert.Equal(["Border clash kills five", "Fighting resumed on Tuesday", "Officials said more troops were sent."], Sentences(text));
    }

    [Fact]
    public void An_ellipsis_before_a_capital_ends_a_sentence_but_not_before_lower_case()
    {
        Assert.Equal(["He paused...", "Then he spoke."], Sentences("He paused... Then he spoke."));
        Assert.Single(Sentences("He paused... and then spoke."));
        Assert.Single(Sentences("Talks with the rebels etc. continued into the night."));
    }

    [Fact]
    public void A_camel_case_name_can_open_a_sentence()
    {
        Assert.Equal(["Sales fell.", "eBay said so."], Sentences("Sales fell. eBay said so."));
        Assert.Single(Sentences("It rose by 5 p.c. and more."));
    }

    [Fact]
    public void Unpunctuated_text_is_cut_at_line_breaks_once_long_and_always_at_twice_that()
    {
        var line = string.Join(' ', Enumerable.Repeat("shells hit the town", 10)); // 40 tokens a line
        var lines = string.Join('\n', Enumerable.Repeat(line, 10));
        var sentences = Sentences(lines);
        Assert.Equal(3, sentences.Length); // lines 1-4 (160 tokens), 5-8, 9-10
        Assert.Equal(string.Join('\n', Enumerable.Repeat(line, 4)), sentences[0]);

        var words = string.Join(' ', Enumerable.Repeat("shells", 2 * SentenceSplitter.LongSentence + 10));
        Assert.Equal(2, Sentences(words).Length);
    }

    [Fact]
    public void Every_token_is_in_exactly_one_sentence()
    {
        var text = "A. B. said no. “Go!” he shouted.\n\nNext (really) – yes.";
        var doc = new TextAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())));
        int expected = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.Equal(expected, s.FirstToken);
            Assert.Equal(doc.Tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(doc.Tokens[s.EndToken - 1].End, s.End);
            expected = s.EndToken;
        }

        Assert.Equal(doc.Tokens.Count, expected);
    }

    [SkippableFact]
    public void Seed_article_sentences_match_the_gold_exactly()
    {
        var path = SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt");
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require("gold/seed.gold.json")));
        var goldSentences = gold.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!).ToArray();

        var document = InputReader.Read([path], new IngestOptions()).Single().Document!;
        var annotated = new TextAnnotator().Annotate(new AnnotatedDocument(document));

        Assert.Equal(goldSentences, annotated.Sentences.Select(s => document.Text[s.Start..s.End]).ToArray());
    }
}
