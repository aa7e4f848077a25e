using System.CommandLine;
using System.Globalization;
using Sitrep.Documents.Json;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep annotate PATH… [--published] [--format] [-o]</c>: the main job.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) where the input's metadata gives none." };
        var format = new Option<string>("--format") { Description = "json or jsonl.", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };

        var command = new Command("annotate", "Annotate news text and write AnnotatedDocument JSON.") { paths, published, format, output };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(published),
            parse.GetValue(format) ?? "json",
            parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, string? published, string format, string? output)
    {
        if (format is not ("json" or "jsonl"))
        {
            throw new UserFacingException($"--format: unknown format '{format}' (expected json or jsonl)", CliErrors.Usage);
        }

        DateOnly? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                throw new UserFacingException($"--published: '{published}' is not a date in the form YYYY-MM-DD", CliErrors.Usage);
            }

            date = d;
        }

        var pipeline = DefaultPipeline.Create();
        var inputs = InputReader.Read(paths, new IngestOptions { Published = date }).ToList();
        int failed = 0;
        foreach (var bad in inputs.Where(i => i.Error is not null))
        {
            Console.Error.WriteLine($"sitrep: {bad.Input}: {bad.Error}");
            failed++;
        }

        var docs = inputs.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        bool lines = format == "jsonl" || docs.Count > 1;
        foreach (var result in pipeline.AnnotateMany(docs))
        {
            if (result.Annotated is null)
            {
                Console.Error.WriteLine($"sitrep: {result.Document.Source.Path ?? result.Document.Id}: {result.Error}");
                failed++;
                continue;
            }

            ContractWriter.Write(stream, result.Annotated, indented: !lines);
            stream.WriteByte((byte)'\n');
        }

        if (docs.Count == 0)
        {
            throw new UserFacingException("no readable input", CliErrors.InputError);
        }

        return failed > 0 ? CliErrors.SomeInputsFailed : CliErrors.Ok;
    }
}
