using Sitrep.Cli.Commands;
using Sitrep.Documents;
using Sitrep.Time;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Time;

public sealed class TimexDateTests
{
    [Theory]
    [InlineData("2012-07-18", "2012-07-18", "2012-07-18", TimexPrecision.Day)]
    [InlineData("2012-W29", "2012-07-16", "2012-07-22", TimexPrecision.Week)]
    [InlineData("2012-W29-WE", "2012-07-21", "2012-07-22", TimexPrecision.Week)]
    [InlineData("2011-03", "2011-03-01", "2011-03-31", TimexPrecision.Month)]
    [InlineData("2012-02", "2012-02-01", "2012-02-29", TimexPrecision.Month)]
    [InlineData("2011", "2011-01-01", "2011-12-31", TimexPrecision.Year)]
    [InlineData("199", "1990-01-01", "1999-12-31", TimexPrecision.Decade)]
    [InlineData("2012-Q3", "2012-07-01", "2012-09-30", TimexPrecision.Quarter)]
    [InlineData("2011-WI", "2011-12-01", "2012-02-29", TimexPrecision.Season)]
    [InlineData("2012-07-22T07:34Z", "2012-07-22", "2012-07-22", TimexPrecision.Day)]
    public void Calendar_values_cover_their_stretch(string value, string first, string last, TimexPrecision precision)
    {
        Assert.True(TimexDate.TryParse(value, out var date));
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.Last);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("XXXX-WXX-3")]
    [InlineData("P16M")]
    [InlineData("2011-02-29")]
    [InlineData("2012-13")]
    [InlineData("")]
    [InlineData(null)]
    public void Non_calendar_and_impossible_values_are_refused(string? value)
    {
        Assert.False(TimexDate.TryParse(value, out _));
    }
}

public sealed class TimelineTests
{
    [Fact]
    public void Orders_dated_timex_of_several_documents_and_leaves_out_undated_ones()
    {
        var annotator = new TimexAnnotator();
        var first = annotator.Annotate(new AnnotatedDocument(new Document("a", "Talks failed on Thursday. Assad is now isolated.",
            new SourceInfo { Published = TimexTestSupport.SundayJuly22 })));
        var second = annotator.Annotate(new AnnotatedDocument(new Document("b", "The bomb exploded last week, after unrest began in May 2011.",
            new SourceInfo { Published = new DateOnly(2012, 7, 25) })));

        var timeline = Timeline.Build([first, second]);

        Assert.Equal(["2011-05", "2012-W29", "2012-07-19"], timeline.Select(e => e.Value));
        Assert.Equal(["b", "b", "a"], timeline.Select(e => e.DocumentId));
        Assert.Equal("Talks failed on Thursday. Assad is now isolated.", timeline[2].Context);
    }

    [Fact]
    public void Dated_events_join_the_timeline()
    {
        const string text = "Russia vetoed the resolution on Thursday.";
        var doc = new TimexAnnotator().Annotate(new AnnotatedDocument(new Document("a", text, new SourceInfo { Published = TimexTestSupport.SundayJuly22 })))
            with
        { Events = [new Event { Id = "e1", Cameo = "129", Date = "2012-07-19", Trigger = new TextSpan(7, 13), SourceActor = "RUS" }] };

        var timeline = Timeline.Build([doc]);

        var entry = Assert.Single(timeline, e => e.Kind == TimelineEntryKind.Event);
        Assert.Equal("vetoed", entry.Text);
        Assert.Contains("129", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_command_prints_one_line_per_dated_item_in_date_order()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-timeline-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Troops withdrew on Friday. The offensive began two weeks ago.");
        try
        {
            using var output = new StringWriter();
            int code = TimelineCommand.Run([path], "2012-07-22", output);

            Assert.Equal(0, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // The timex in date order; dated events (once the events stage finds them) interleave by date.
            var timex = lines.Where(l => l.Contains("\ttimex ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, timex.Count);
            Assert.StartsWith("2012-07-08 (APPROX)", timex[0], StringComparison.Ordinal);
            Assert.StartsWith("2012-07-20", timex[1], StringComparison.Ordinal);
            var firstDays = lines.Select(l => TimexDate.TryParse(l.Split(' ', '\t')[0], out var d) ? d.First : DateOnly.MinValue).ToList();
            Assert.Equal(firstDays.Order(), firstDays);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Timeline_command_rejects_a_bad_publication_date_in_one_line()
    {
        var error = Assert.ThrowsAny<Exception>(() => TimelineCommand.Run(["x.txt"], "22/07/2012", TextWriter.Null));
        Assert.Contains("--published", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableFact]
    public void Every_corpus_article_annotates_with_spans_that_match_their_text()
    {
        string dir = SharedData.Require("corpus/wikinews");
        var annotator = new TimexAnnotator();
        foreach (var file in Directory.EnumerateFiles(dir, "*.txt"))
        {
            string text = File.ReadAllText(file);
            var doc = annotator.Annotate(new AnnotatedDocument(new Document(Path.GetFileName(file), text, new SourceInfo { Published = new DateOnly(2010, 1, 1) })));
            Assert.All(doc.Timex, t => Assert.Equal(t.Text, text[t.Start..t.End]));
            Assert.All(doc.Timex, t => Assert.False(string.IsNullOrEmpty(t.Value)));
        }
    }
}
