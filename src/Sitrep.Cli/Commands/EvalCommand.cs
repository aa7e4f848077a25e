using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Documents.Json;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval --gold GOLD.json PRED</c>: scores a prediction against a hand-made gold file.
/// PRED is AnnotatedDocument JSON (as <c>annotate</c> writes it), or an article, which is annotated first.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold annotation file (format of shared/gold)." };
        var prediction = new Argument<string?>("prediction") { Description = "AnnotatedDocument JSON, or an article to annotate first.", Arity = ArgumentArity.ZeroOrOne };
        var conllu = new Option<string[]>("--conllu") { Description = "Instead: score tags, lemmas and dependencies against these gold CoNLL-U files (as eval-conllu).", AllowMultipleArgumentsPerToken = true };
        var published = new Option<string?>("--published") { Description = "Publication date when PRED is an article." };
        var format = new Option<string>("--format") { Description = "table or tsv.", DefaultValueFactory = _ => "table" };
        var command = new Command("eval", "Score a prediction against a gold annotation.") { gold, prediction, published, format, conllu };
        command.SetAction(parse =>
        {
            var conlluFiles = parse.GetValue(conllu) ?? [];
            if (conlluFiles.Length > 0)
            {
                return EvalConlluCommand.Run(conlluFiles, null, null, 0);
            }

            var goldPath = parse.GetValue(gold) ?? throw new UserFacingException("eval: --gold GOLD.json is required (or --conllu GOLD.conllu…)", CliErrors.Usage);
            var predictionPath = parse.GetValue(prediction) ?? throw new UserFacingException("eval: a prediction (AnnotatedDocument JSON or an article) is required", CliErrors.Usage);
            return Run(goldPath, predictionPath, parse.GetValue(published), parse.GetValue(format) ?? "table", Console.Out);
        });
        return command;
    }

    internal static int Run(string goldPath, string predictionPath, string? published, string format, TextWriter output)
    {
        if (format is not ("table" or "tsv"))
        {
            throw new UserFacingException($"--format: unknown format '{format}' (expected table or tsv)", CliErrors.Usage);
        }

        if (!File.Exists(goldPath))
        {
            throw new UserFacingException($"{goldPath}: no such file");
        }

        if (!File.Exists(predictionPath))
        {
            throw new UserFacingException($"{predictionPath}: no such file");
        }

        GoldFile goldFile;
        try
        {
            goldFile = GoldFile.Load(goldPath);
        }
        catch (InvalidDataException ex)
        {
            throw new UserFacingException(ex.Message);
        }

        using (goldFile)
        {
            var predicted = LoadPrediction(predictionPath, published);
            var rows = GoldEvaluation.Score(goldFile, predicted);
            ScoreTable.Write(rows, format, output);
        }

        return CliErrors.Ok;
    }

    private static AnnotatedDocument LoadPrediction(string path, string? published)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var docs = ContractReader.ReadFile(path);
                if (docs.Count != 1)
                {
                    throw new UserFacingException($"{path}: expected one annotated document, found {docs.Count}");
                }

                return docs[0];
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new UserFacingException($"{path}: not AnnotatedDocument JSON ({ex.Message})");
            }
            catch (IOException ex)
            {
                throw new UserFacingException($"{path}: cannot read ({ex.Message})");
            }
            catch (UnauthorizedAccessException)
            {
                throw new UserFacingException($"{path}: permission denied");
            }
        }

        var date = CliErrors.ParsePublished(published);

        var input = InputReader.Read([path], new IngestOptions { Published = date }).First();
        if (input.Document is null)
        {
            throw new UserFacingException($"{input.Input}: {input.Error}");
        }

        // The batch path turns an annotator failure into a value, so the user gets one line, not a crash.
        var result = DefaultPipeline.Create().AnnotateMany([input.Document]).Single();
        return result.Annotated ?? throw new UserFacingException($"{input.Input}: annotation failed ({result.Error})");
    }
}

/// <summary>Prints score rows as an aligned table or as TSV.</summary>
internal static class ScoreTable
{
    public static void Write(IReadOnlyList<ScoreRow> rows, string format, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        if (format == "tsv")
        {
            output.WriteLine("layer\tmetric\tcorrect\tpredicted\tgold\tprecision\trecall\tf1\tnote");
            foreach (var r in rows)
            {
                output.WriteLine(string.Join('\t', r.Layer, r.Metric, r.Correct, r.Predicted, r.Gold, r.Precision.ToString("0.000", inv), r.Recall.ToString("0.000", inv), r.F1.ToString("0.000", inv), r.Note ?? ""));
            }

            return;
        }

        var header = new[] { "layer", "metric", "correct", "pred", "gold", "P", "R", "F1", "note" };
        var cells = rows.Select(r => new[]
        {
            r.Layer, r.Metric, r.Correct.ToString(inv), r.Predicted.ToString(inv), r.Gold.ToString(inv),
            r.Precision.ToString("0.000", inv), r.Recall.ToString("0.000", inv), r.F1.ToString("0.000", inv), r.Note ?? "",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var c in cells)
        {
            output.WriteLine(string.Join("  ", c.Select((x, i) => i is >= 2 and <= 7 ? x.PadLeft(widths[i]) : x.PadRight(widths[i]))).TrimEnd());
        }
    }
}
