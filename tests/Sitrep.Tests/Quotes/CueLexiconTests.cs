using Sitrep.Documents;
using Sitrep.Quotes;

namespace Sitrep.Tests.Quotes;

public class CueLexiconTests
{
    [Fact]
    public void Built_in_lexicon_loads()
    {
        Assert.True(CueLexicon.Default.Count > 100);
    }

    [Theory]
    [InlineData("say,said\treports", "cues.tsv:1: expected 3 tab-separated fields")]
    [InlineData("# comment\nsay,said\tshouts\tclause", "cues.tsv:2: unknown stance 'shouts'")]
    [InlineData("say,said\treports\tclause\nwarn\tpredicts\tsideways", "cues.tsv:2: unknown frame 'sideways'")]
    [InlineData("say,,said\treports\tclause", "cues.tsv:1: empty form")]
    [InlineData("# nothing\n\n", "cues.tsv: the cue lexicon has no entries")]
    public void Malformed_lines_give_one_line_errors_with_file_and_line(string content, string expectedStart)
    {
        var ex = Assert.Throws<InvalidDataException>(() => CueLexicon.Parse(content, "cues.tsv"));
        Assert.StartsWith(expectedStart, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Missing_file_is_a_one_line_error_naming_it()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CueLexicon.Load("/nonexistent/cues.tsv"));
        Assert.StartsWith("/nonexistent/cues.tsv: cannot read cue lexicon", ex.Message);
    }

    [Fact]
    public void A_custom_lexicon_changes_what_counts_as_a_cue()
    {
        var lexicon = CueLexicon.Parse("tweet,tweeted\treports\tclause", "custom");
        var text = "The president tweeted that the border was closed. The president said nothing else.";
        var doc = new QuoteAnnotator(lexicon).Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the border was closed", q.Text);
    }

    [Fact]
    public void Annotator_adds_only_its_own_layers_and_uses_given_sentences()
    {
        var text = "Ana Ruiz said the port was closed. Mr. Lee said the road was open.";
        var sentences = new[] { new Sentence(0, 34, 0, 0), new Sentence(35, text.Length, 0, 0) };
        var input = new AnnotatedDocument(new Document("t", text, new SourceInfo())) { Sentences = sentences };
        var output = new QuoteAnnotator().Annotate(input);
        Assert.Same(input.Sentences, output.Sentences);
        Assert.Equal(["the port was closed", "the road was open"], output.Quotes.Select(q => q.Text).ToArray());
        Assert.Equal("Mr. Lee", output.Quotes[1].SpeakerName);
    }
}
