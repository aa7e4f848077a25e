using System.Text.Json;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Quotes;

public sealed class ClaimsCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-claims-" + Guid.NewGuid().ToString("N"));

    public ClaimsCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Article(string text)
    {
        var path = Path.Combine(_dir, "article.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Text_format_lists_each_claim_with_date_stance_and_speaker()
    {
        var path = Article("Harbour workers walked out on Monday.\n\nThe union leader, Rosa Mendes, predicted that the strike would spread to the airport.\n");
        var output = new StringWriter();

        int code = ClaimsCommand.Run([path], "2024-03-05", "text", output);

        Assert.Equal(0, code);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var fields = line.Split('\t');
        Assert.Equal(path, fields[0]);
        Assert.Equal("predicts", fields[2]);
        Assert.Contains("Rosa Mendes", fields[3]);
        Assert.Equal("the strike would spread to the airport", fields[4]);
    }

    [Fact]
    public void Jsonl_format_writes_one_object_per_claim()
    {
        var path = Article("The minister denied that the army had fired on protesters. Students called for an inquiry.\n");
        var output = new StringWriter();

        ClaimsCommand.Run([path], null, "jsonl", output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("denies", first.RootElement.GetProperty("stance").GetString());
        Assert.Equal("the army had fired on protesters", first.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("xml", null, "--format: unknown format 'xml'")]
    [InlineData("text", "22/07/2012", "--published: '22/07/2012' is not a date")]
    public void Bad_options_are_one_line_usage_errors(string format, string? published, string expected)
    {
        var ex = Assert.Throws<UserFacingException>(() => ClaimsCommand.Run([Article("x")], published, format, new StringWriter()));
        Assert.StartsWith(expected, ex.Message);
        Assert.Equal(CliErrors.Usage, ex.ExitCode);
    }

    [Fact]
    public void No_readable_input_is_an_input_error()
    {
        var ex = Assert.Throws<UserFacingException>(() => ClaimsCommand.Run([Path.Combine(_dir, "missing.txt")], null, "text", new StringWriter()));
        Assert.Equal(CliErrors.InputError, ex.ExitCode);
    }
}
