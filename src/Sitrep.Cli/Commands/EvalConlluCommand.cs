using System.CommandLine;
using System.Diagnostics;
using Sitrep.Evaluation;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval-conllu GOLD… [--tagger FILE] [--parser FILE]</c>: tagging, lemma and attachment
/// scores against gold CoNLL-U, running the syntax stage on the gold tokenization.
/// </summary>
internal static class EvalConlluCommand
{
    public static Command Create()
    {
        var gold = new Argument<string[]>("gold") { Description = "Gold CoNLL-U files (each scored on its own, then all together).", Arity = ArgumentArity.OneOrMore };
        var tagger = new Option<string?>("--tagger") { Description = "A tagger model file (default: the shipped data/models/pos.bin)." };
        var parser = new Option<string?>("--parser") { Description = "A parser model file (default: the shipped data/models/parser.bin)." };
        var errors = new Option<int>("--errors") { Description = "Also list the N most frequent errors of each kind (tags, lemmas, relations)." };
        var command = new Command("eval-conllu", "Score POS tags, lemmas and dependencies against gold CoNLL-U.") { gold, tagger, parser, errors };
        command.SetAction(parse => Run(parse.GetValue(gold) ?? [], parse.GetValue(tagger), parse.GetValue(parser), parse.GetValue(errors)));
        return command;
    }

    internal static int Run(string[] goldFiles, string? taggerPath, string? parserPath, int errors)
    {
        foreach (var file in goldFiles)
        {
            if (!File.Exists(file))
            {
                throw new UserFacingException($"{file}: no such file", CliErrors.InputError);
            }
        }

        SitrepPipeline pipeline;
        try
        {
            var taggerModel = taggerPath is null ? NlpModels.DefaultTagger : NlpModels.LoadFile(taggerPath, NlpModels.LoadTagger);
            var parserModel = parserPath is null ? NlpModels.DefaultParser : NlpModels.LoadFile(parserPath, NlpModels.LoadParser);
            pipeline = new PipelineBuilder().Add(new SyntaxAnnotator(taggerModel, parserModel)).Build();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new UserFacingException(ex.Message);
        }

        try
        {
            if (goldFiles.Length > 1)
            {
                foreach (var file in goldFiles)
                {
                    Print(Path.GetFileName(file), goldFiles: [file], pipeline, 0);
                }
            }

            Print(goldFiles.Length > 1 ? $"all {goldFiles.Length} files" : Path.GetFileName(goldFiles[0]), goldFiles, pipeline, errors);
        }
        catch (ConlluFormatException ex)
        {
            throw new UserFacingException(ex.Message);
        }

        return CliErrors.Ok;
    }

    private static void Print(string title, string[] goldFiles, SitrepPipeline pipeline, int errors)
    {
        var clock = Stopwatch.StartNew();
        var confusions = errors > 0 ? new Dictionary<string, int>() : null;
        var rows = ConlluScorer.Score(goldFiles, d => pipeline.Annotate(d), confusions);
        Console.WriteLine($"{title} ({rows[0].Gold} words, {clock.Elapsed.TotalSeconds:F1} s)");
        foreach (var row in rows)
        {
            Console.WriteLine($"  {row.Metric,-6} {100.0 * row.Correct / Math.Max(1, row.Gold),6:F2}%  ({row.Correct}/{row.Gold})");
        }

        foreach (var kind in confusions is null ? [] : new[] { "UPOS", "Word", "XPOS", "Lemma", "Head", "Deprel" })
        {
            Console.WriteLine($"  most frequent {kind} errors:");
            foreach (var (error, count) in confusions!.Where(p => p.Key.StartsWith(kind + " ", StringComparison.Ordinal))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(errors))
            {
                Console.WriteLine($"    {count,5}  {error[(kind.Length + 1)..]}");
            }
        }
    }
}
