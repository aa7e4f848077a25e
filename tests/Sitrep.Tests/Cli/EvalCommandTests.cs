using Sitrep.Cli.Commands;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class EvalCommandTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("1")]
    [InlineData("{\"text\": \"x\", \"entities\": [{\"id\": \"a\", \"geo\": {}}]} trailing")]
    public void A_prediction_that_is_not_an_annotated_document_is_a_one_line_error(string json)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-eval-");
        try
        {
            var gold = Path.Combine(dir.FullName, "gold.json");
            var pred = Path.Combine(dir.FullName, "pred.json");
            File.WriteAllText(gold, "{\"document\": {\"author\": \"A. Writer\"}, \"sentences\": []}");
            File.WriteAllText(pred, json);

            var ex = Assert.Throws<UserFacingException>(() => EvalCommand.Run(gold, pred, null, "table", TextWriter.Null));

            Assert.StartsWith(pred, ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void Scores_the_seed_article_against_its_gold_file_in_one_table()
    {
        var gold = SharedData.Require("gold/seed.gold.json");
        var article = Directory.GetFiles(SharedData.Require("corpus"), "00_*.txt").Single();
        using var output = new StringWriter();

        int code = EvalCommand.Run(gold, article, "2012-07-22", "tsv", output);

        Assert.Equal(0, code);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        foreach (var layer in new[] { "document", "sentences", "timex", "entities", "quotes", "events" })
        {
            Assert.Contains(rows, r => r[0] == layer);
        }

        // The spine's own figures: the author comes from the pull-quote byline, every body sentence is found.
        Assert.Equal("1.000", rows.Single(r => r[0] == "document" && r[1] == "author")[7]);
        Assert.True(double.Parse(rows.Single(r => r[0] == "sentences")[7], System.Globalization.CultureInfo.InvariantCulture) >= 0.95);
    }

    [Fact]
    public void Eval_without_gold_or_prediction_is_a_usage_error_on_one_line()
    {
        var root = new System.CommandLine.RootCommand { EvalCommand.Create() };
        var error = new StringWriter();
        var config = new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = error };

        var ex = Assert.Throws<UserFacingException>(() => root.Parse(["eval"]).Invoke(config));

        Assert.Equal(CliErrors.Usage, ex.ExitCode);
        Assert.Contains("--gold", ex.Message, StringComparison.Ordinal);
    }
}
