using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep timeline PATH… [--published]</c>: the dated events and time expressions of the inputs, in date order.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) where the input's metadata gives none." };

        var command = new Command("timeline", "Print the dated events and time expressions of one or more documents in date order.") { paths, published };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(published), Console.Out));
        return command;
    }

    internal static int Run(string[] paths, string? published, TextWriter output)
    {
        var date = CliErrors.ParsePublished(published);

        var inputs = InputReader.Read(paths, new IngestOptions { Published = date }).ToList();
        int failed = 0;
        foreach (var bad in inputs.Where(i => i.Error is not null))
        {
            Console.Error.WriteLine($"sitrep: {bad.Input}: {bad.Error}");
            failed++;
        }

        var docs = inputs.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        if (docs.Count == 0)
        {
            throw new UserFacingException("no readable input", CliErrors.InputError);
        }

        var annotated = new List<AnnotatedDocument>();
        foreach (var result in DefaultPipeline.Create().AnnotateMany(docs))
        {
            if (result.Annotated is null)
            {
                Console.Error.WriteLine($"sitrep: {result.Document.Source.Path ?? result.Document.Id}: {result.Error}");
                failed++;
                continue;
            }

            if (result.Annotated.Document.Source.Published is null)
            {
                Console.Error.WriteLine($"sitrep: {result.Document.Source.Path ?? result.Document.Id}: no publication date; relative dates stay unresolved (use --published)");
            }

            annotated.Add(result.Annotated);
        }

        bool many = annotated.Count > 1;
        foreach (var entry in Timeline.Build(annotated))
        {
            string approx = entry.Mod is null ? "" : $" ({entry.Mod})";
            string source = many ? $"{entry.DocumentId}:" : "";
            string kind = entry.Kind == TimelineEntryKind.Event ? $"event {entry.Detail}" : $"timex {entry.Detail}";
            output.WriteLine($"{entry.Value}{approx}\t{kind}\t{source}{entry.Span.Start}-{entry.Span.End}\t\"{entry.Text}\"\t{entry.Context}");
        }

        return failed > 0 ? CliErrors.SomeInputsFailed : CliErrors.Ok;
    }
}
