using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Documents.Json;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep annotate PATH… [--published] [--format] [-o]</c>: the main job.</summary>
internal static class AnnotateCommand
{
    /// <summary>A progress bar is drawn (on a terminal) from this many documents on.</summary>
    private const int ProgressThreshold = 10;

    /// <summary>Output formats and how each writes one document. Add a format here (conllu, timeline …).</summary>
    private static readonly Dictionary<string, Action<Stream, AnnotatedDocument, bool>> Formats = new(StringComparer.Ordinal)
    {
        ["json"] = (stream, doc, many) => WriteJson(stream, doc, indented: !many),
        ["jsonl"] = (stream, doc, _) => WriteJson(stream, doc, indented: false),
        ["conllu"] = (stream, doc, _) =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            Sitrep.Nlp.Conllu.ConlluWriter.Write(doc, writer);
        },
    };

    /// <summary>Input formats besides the default (text, HTML, JSON Lines, detected per file).</summary>
    private static readonly string[] InputFormats = ["auto", "conllu"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) where the input's metadata gives none." };
        var format = new Option<string>("--format") { Description = string.Join(" or ", Formats.Keys) + ".", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var actors = new Option<string[]>("--actors") { Description = "PETRARCH-format actor dictionaries (e.g. Phoenix.*.actors.txt) to use on top of the built-in one.", AllowMultipleArgumentsPerToken = true };
        var inputFormat = new Option<string>("--input-format") { Description = "auto (text, HTML, JSON Lines) or conllu (keeps the given sentences and tokens; reads only columns 1-2 and # text).", DefaultValueFactory = _ => "auto" };

        var command = new Command("annotate", "Annotate news text and write AnnotatedDocument JSON.") { paths, published, format, output, inputFormat, actors };
        command.SetAction(parse =>
        {
            var request = new AnnotateRequest(parse.GetValue(paths) ?? [], parse.GetValue(published), parse.GetValue(format) ?? "json", parse.GetValue(output), parse.GetValue(inputFormat) ?? "auto", parse.GetValue(actors) ?? []);

            // The bar is for a person watching stderr; it would only tangle with JSON printed to the same terminal.
            bool progress = !Console.IsErrorRedirected && (request.Output is not null || Console.IsOutputRedirected);
            return Execute(request, Console.OpenStandardOutput(), Console.Error, progress);
        });
        return command;
    }

    /// <summary>
    /// Runs the command, writing documents to <paramref name="stdout"/> (or the -o file) and one line per
    /// problem to <paramref name="stderr"/>. Never throws: every failure becomes a message and an exit code.
    /// </summary>
    internal static int Execute(AnnotateRequest request, Stream stdout, TextWriter stderr, bool showProgress = false, Func<Stream>? stdin = null)
    {
        try
        {
            return Run(request, stdout, stderr, showProgress, stdin);
        }
        catch (UserFacingException ex)
        {
            stderr.WriteLine($"sitrep: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sitrep: {request.Output ?? "output"}: cannot write ({ex.Message})");
            return CliErrors.InputError;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"sitrep: internal error: {ex.GetType().Name}: {ex.Message}");
            return CliErrors.Internal;
        }
    }

    private static int Run(AnnotateRequest request, Stream stdout, TextWriter stderr, bool showProgress, Func<Stream>? stdin)
    {
        if (!Formats.TryGetValue(request.Format, out var write))
        {
            throw new UserFacingException($"--format: unknown format '{request.Format}' (expected {string.Join(" or ", Formats.Keys)})", CliErrors.Usage);
        }

        var date = CliErrors.ParsePublished(request.Published);

        if (!InputFormats.Contains(request.InputFormat))
        {
            throw new UserFacingException($"--input-format: unknown format '{request.InputFormat}' (expected {string.Join(" or ", InputFormats)})", CliErrors.Usage);
        }

        int failed = 0;
        var docs = new List<Document>();
        var inputs = request.InputFormat == "conllu"
            ? ReadConllu(request.Paths, date)
            : InputReader.Read(request.Paths, new IngestOptions { Published = date, StandardInput = stdin });
        foreach (var input in inputs)
        {
            if (input.Document is null)
            {
                stderr.WriteLine($"sitrep: {input.Input}: {input.Error}");
                failed++;
            }
            else
            {
                docs.Add(input.Document);
            }
        }

        if (docs.Count == 0)
        {
            throw new UserFacingException(failed > 1 ? $"no readable input ({failed} inputs failed)" : "no readable input", CliErrors.InputError);
        }

        var pipeline = CreatePipeline(request.Actors, stderr);
        bool many = docs.Count > 1;
        // Written beside the target and moved into place at the end, so a failed run never leaves a
        // half-written file where a previous result was.
        string? partial = request.Output is null ? null : request.Output + ".partial";
        Stream? file = partial is null ? null : File.Create(partial);
        bool complete = false;
        try
        {
            var target = file ?? stdout;
            void Annotate(Action? step)
            {
                foreach (var result in pipeline.AnnotateMany(docs))
                {
                    if (result.Annotated is null)
                    {
                        stderr.WriteLine($"sitrep: {result.Document.Source.Path ?? result.Document.Id}: {result.Error}");
                        failed++;
                    }
                    else
                    {
                        write(target, result.Annotated, many);
                    }

                    step?.Invoke();
                }
            }

            if (showProgress && docs.Count >= ProgressThreshold)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
                console.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("annotating", maxValue: docs.Count);
                    Annotate(() => task.Increment(1));
                });
            }
            else
            {
                Annotate(null);
            }

            target.Flush();
            complete = true;
        }
        finally
        {
            file?.Dispose();
            if (partial is not null)
            {
                if (complete)
                {
                    File.Move(partial, request.Output!, overwrite: true);
                }
                else
                {
                    File.Delete(partial);
                }
            }
        }

        if (failed > 0)
        {
            stderr.WriteLine($"sitrep: {failed} input(s) skipped, {docs.Count} annotated");
            return CliErrors.SomeInputsFailed;
        }

        return CliErrors.Ok;
    }

    private static SitrepPipeline CreatePipeline(string[] actorDictionaries, TextWriter stderr)
    {
        SitrepPipeline pipeline;
        try
        {
            pipeline = DefaultPipeline.Create(new PipelineOptions { ActorDictionaries = actorDictionaries });
        }
        catch (Sitrep.Dictionaries.Petrarch.DictionaryLoadException ex)
        {
            throw new UserFacingException($"--actors: {ex.Message}");
        }

        // Skipped dictionary lines are reported, one per line, and the run goes on without them.
        foreach (var entities in pipeline.Annotators.OfType<Sitrep.Entities.EntityAnnotator>())
        {
            foreach (var issue in entities.DictionaryIssues)
            {
                stderr.WriteLine($"sitrep: {issue}");
            }
        }

        return pipeline;
    }

    private static IEnumerable<IngestResult> ReadConllu(string[] paths, DateOnly? published)
    {
        foreach (var path in paths)
        {
            List<Document> documents;
            string? error = null;
            try
            {
                documents = Sitrep.Nlp.Conllu.ConlluInput.ReadDocuments(path);
            }
            catch (Sitrep.Nlp.Conllu.ConlluFormatException ex)
            {
                documents = [];
                error = ex.Message;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                documents = [];
                error = File.Exists(path) ? $"cannot read ({ex.Message})" : "no such file";
            }

            if (error is not null)
            {
                yield return IngestResult.Failure(path, error);
                continue;
            }

            foreach (var doc in documents)
            {
                yield return IngestResult.Success(published is null || doc.Source.Published is not null ? doc : doc with { Source = doc.Source with { Published = published } });
            }
        }
    }

    private static void WriteJson(Stream stream, AnnotatedDocument doc, bool indented)
    {
        ContractWriter.Write(stream, doc, indented);
        stream.WriteByte((byte)'\n');
    }
}

/// <summary>The annotate command's arguments, as given.</summary>
internal sealed record AnnotateRequest(string[] Paths, string? Published, string Format = "json", string? Output = null, string InputFormat = "auto", string[]? Actors = null)
{
    public string[] Actors { get; init; } = Actors ?? [];
}
