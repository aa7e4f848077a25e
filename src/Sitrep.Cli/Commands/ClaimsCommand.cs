using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep claims PATH… [--published] [--format text|jsonl]</c>: the claims ledger of each input.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) where the input's metadata gives none." };
        var format = new Option<string>("--format") { Description = "text or jsonl.", DefaultValueFactory = _ => "text" };

        var command = new Command("claims", "List the predictions, accusations, denials, demands and claims in news text, with who made them.") { paths, published, format };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(published),
            parse.GetValue(format) ?? "text",
            Console.Out,
            cancellationToken)));
        return command;
    }

    internal static int Run(string[] paths, string? published, string format, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (format is not ("text" or "jsonl"))
        {
            throw new UserFacingException($"--format: unknown format '{format}' (expected text or jsonl)", CliErrors.Usage);
        }

        var date = CliErrors.ParsePublished(published);

        var pipeline = DefaultPipeline.Create();
        int failed = 0;
        var docs = new List<Document>();
        foreach (var input in InputReader.Read(paths, new IngestOptions { Published = date }))
        {
            if (input.Document is null)
            {
                Console.Error.WriteLine($"sitrep: {input.Input}: {input.Error}");
                failed++;
            }
            else
            {
                docs.Add(input.Document);
            }
        }

        if (docs.Count == 0)
        {
            throw new UserFacingException("no readable input", CliErrors.InputError);
        }

        foreach (var result in pipeline.AnnotateMany(docs, cancellationToken: cancellationToken))
        {
            var source = result.Document.Source.Path ?? result.Document.Id;
            if (result.Annotated is null)
            {
                Console.Error.WriteLine($"sitrep: {source}: {result.Error}");
                failed++;
                continue;
            }

            foreach (var claim in result.Annotated.Claims)
            {
                if (format == "jsonl")
                {
                    output.WriteLine(ToJson(result.Annotated, claim));
                }
                else
                {
                    var speaker = claim.SpeakerName ?? claim.Speaker ?? "(unattributed)";
                    var pulled = claim.PulledOut ? " [pull quote]" : "";
                    output.WriteLine($"{source}\t{claim.Date ?? "?"}\t{Verb(claim.Stance)}\t{speaker}\t{Flatten(claim.Text)}{pulled}");
                }
            }
        }

        return failed > 0 ? CliErrors.SomeInputsFailed : CliErrors.Ok;
    }

    private static string ToJson(AnnotatedDocument doc, Claim claim)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("document", doc.Document.Id);
            w.WriteString("stance", Verb(claim.Stance));
            WriteNullable(w, "speaker", claim.Speaker);
            WriteNullable(w, "speaker_name", claim.SpeakerName);
            w.WriteString("text", claim.Text);
            w.WriteNumber("start", claim.Proposition.Start);
            w.WriteNumber("end", claim.Proposition.End);
            WriteNullable(w, "date", claim.Date);
            w.WriteBoolean("pull_quote", claim.PulledOut);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Verb(Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.Predicts => "predicts",
        Stance.Denies => "denies",
        Stance.Demands => "demands",
        Stance.Accuses => "accuses",
        _ => stance.ToString().ToLowerInvariant(),
    };

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\t', ' ');
}
