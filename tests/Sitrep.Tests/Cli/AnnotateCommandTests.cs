using System.Text;
using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Cli;

/// <summary>The annotate command run in-process: every bad input is one line on stderr and an exit code, never a stack trace.</summary>
public class AnnotateCommandTests
{
    private const string Article = "Rebels shelled the border town of Karsa on Tuesday, killing four civilians. The army said it would respond.\n";

    private static (int Exit, string Out, string[] Err) Run(params string[] args) => Run(new AnnotateRequest(args, null), null);

    private static (int Exit, string Out, string[] Err) Run(AnnotateRequest request, Func<Stream>? stdin)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int exit = AnnotateCommand.Execute(request, stdout, stderr, showProgress: false, stdin);
        var err = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in err)
        {
            Assert.StartsWith("sitrep: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        }

        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), err);
    }

    [Fact]
    public void One_good_file_gives_one_json_object_and_exit_zero()
    {
        using var dir = new TempFolder();
        var (exit, output, err) = Run(new AnnotateRequest([dir.Write("clash.txt", Article)], "2024-03-12"), null);
        Assert.Equal(CliErrors.Ok, exit);
        Assert.Empty(err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("clash", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-03-12", json.RootElement.GetProperty("source").GetProperty("published").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Unknown_format_and_bad_date_are_usage_errors()
    {
        using var dir = new TempFolder();
        var path = dir.Write("clash.txt", Article);
        var format = Run(new AnnotateRequest([path], null, "xml"), null);
        Assert.Equal(CliErrors.Usage, format.Exit);
        Assert.Equal("sitrep: --format: unknown format 'xml' (expected json or jsonl or conllu)", Assert.Single(format.Err));

        var date = Run(new AnnotateRequest([path], "22/07/2012"), null);
        Assert.Equal(CliErrors.Usage, date.Exit);
        Assert.Equal("sitrep: --published: '22/07/2012' is not a date in the form YYYY-MM-DD", Assert.Single(date.Err));
    }

    [Fact]
    public void Each_kind_of_bad_input_is_one_line_naming_the_input()
    {
        using var dir = new TempFolder();
        var cases = new (string Path, string Problem)[]
        {
            (dir.Write("empty.txt", []), "empty file"),
            (dir.Write("blob.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1]), "binary file"),
            (dir.Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 attacked.")), "invalid UTF-8 at byte offset 3"),
            (dir.Write("nobody.html", "<html><head><title>t</title></head><body></body></html>"), "HTML with no body text"),
            (Path.Combine(dir.Path, "missing.txt"), "no such file or directory"),
            (Directory.CreateDirectory(Path.Combine(dir.Path, "emptydir")).FullName, "directory has no files to read"),
        };

        foreach (var (path, problem) in cases)
        {
            var (exit, output, err) = Run(path);
            Assert.Equal(CliErrors.InputError, exit);
            Assert.Empty(output);
            Assert.StartsWith($"sitrep: {path}: {problem}", err[0], StringComparison.Ordinal);
            Assert.Equal("sitrep: no readable input", err[^1]);
            Assert.Equal(2, err.Length);
        }
    }

    [Fact]
    public void A_huge_file_is_refused_with_its_size()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(100L * 1024 * 1024);
        }

        var (exit, _, err) = Run(path);
        Assert.Equal(CliErrors.InputError, exit);
        Assert.Equal($"sitrep: {path}: file is too large (100 MB; the limit is 50 MB)", err[0]);
    }

    [Fact]
    public void One_bad_file_in_a_directory_is_skipped_and_the_exit_status_says_so()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Article);
        var bad = dir.Write("b.txt", [0xFF, 0xFE, 0x41]);
        dir.Write("c.txt", Article.Replace("Karsa", "Tobruk", StringComparison.Ordinal));
        var (exit, output, err) = Run(dir.Path);
        Assert.Equal(CliErrors.SomeInputsFailed, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a", "c"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal($"sitrep: {bad}: invalid UTF-16: odd number of bytes", err[0]);
        Assert.Equal("sitrep: 1 input(s) skipped, 2 annotated", err[^1]);
    }

    [Fact]
    public void Standard_input_and_an_output_file()
    {
        using var dir = new TempFolder();
        var target = Path.Combine(dir.Path, "out.jsonl");
        var (exit, output, err) = Run(new AnnotateRequest(["-"], null, "jsonl", target), () => new MemoryStream(Encoding.UTF8.GetBytes(Article)));
        Assert.Equal(CliErrors.Ok, exit);
        Assert.Empty(output);
        Assert.Empty(err);
        var line = Assert.Single(File.ReadAllLines(target));
        Assert.StartsWith("Rebels shelled", JsonDocument.Parse(line).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_file_is_one_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("clash.txt", Article);
        var target = Path.Combine(dir.Path, "no-such-dir", "out.json");
        var (exit, _, err) = Run(new AnnotateRequest([path], null, "json", target), null);
        Assert.Equal(CliErrors.InputError, exit);
        Assert.StartsWith($"sitrep: {target}: cannot write", Assert.Single(err), StringComparison.Ordinal);
    }
}

/// <summary>The example article shipped in examples/ (the README's first command) comes out cleaned.</summary>
public class ExampleArticleTests
{
    [Fact]
    public void Border_clash_example_is_cleaned_and_split()
    {
        var path = Path.Combine(Support.SharedData.RepositoryRoot, "examples", "border-clash.txt");
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int exit = AnnotateCommand.Execute(new AnnotateRequest([path], "2024-03-10"), stdout, stderr);
        Assert.Equal(CliErrors.Ok, exit);
        using var json = JsonDocument.Parse(stdout.ToArray());
        var root = json.RootElement;
        Assert.Equal("Petra Lindqvist", root.GetProperty("source").GetProperty("author").GetString());
        Assert.Equal("Shelling near Varna Pass kills four as border talks stall", root.GetProperty("source").GetProperty("title").GetString());
        var kinds = root.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["header", "pull_quote", "byline", "boilerplate", "boilerplate", "boilerplate", "boilerplate"], kinds);
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Four civilians were killed", text, StringComparison.Ordinal);
        Assert.EndsWith("\"We are working around the clock... We need more surgeons,\" she said.", text, StringComparison.Ordinal);
        Assert.Equal(14, root.GetProperty("sentences").GetArrayLength());
    }
}
