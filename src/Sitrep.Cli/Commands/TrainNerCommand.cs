using System.CommandLine;
using System.Diagnostics;
using Sitrep.Nlp.Ner;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train-ner --data DIR -o FILE</c>: trains the named-entity recogniser and scores it on the
/// held-out data; <c>--eval-only</c> scores an existing model (default: the shipped one) instead.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared training folder (with gum/ and uner-ewt/).", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the trained model (e.g. data/models/ner.bin)." };
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the data.", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.Epochs };
        var devEvery = new Option<int>("--dev-every") { Description = "Keep every Nth training sentence aside and report its score after each epoch (tuning only).", DefaultValueFactory = _ => 0 };
        var evalOnly = new Option<bool>("--eval-only") { Description = "Do not train: score --model (or the shipped model) on the held-out data." };
        var model = new Option<string?>("--model") { Description = "With --eval-only: the model file to score." };

        var command = new Command("train-ner", "Train the named-entity recogniser and score it on held-out data.") { data, output, epochs, devEvery, evalOnly, model };
        command.SetAction(parse => Run(
            parse.GetValue(data)!,
            parse.GetValue(output),
            parse.GetValue(epochs),
            parse.GetValue(devEvery),
            parse.GetValue(evalOnly),
            parse.GetValue(model),
            Console.Out));
        return command;
    }

    private static int Run(string data, string? output, int epochs, int devEvery, bool evalOnly, string? modelPath, TextWriter log)
    {
        if (!Directory.Exists(data))
        {
            throw new UserFacingException($"--data: '{data}' is not a folder", CliErrors.Usage);
        }

        if (!evalOnly && output is null)
        {
            throw new UserFacingException("train-ner: give -o FILE for the trained model, or --eval-only", CliErrors.Usage);
        }

        try
        {
            NerModel model;
            if (evalOnly)
            {
                model = modelPath is null ? NerModel.Default : NerModel.Load(modelPath);
            }
            else
            {
                model = NerTrainer.Train(new NerTrainingOptions { DataDirectory = data, Epochs = epochs, DevEvery = devEvery }, log);
                using (var file = File.Create(output!))
                {
                    model.Save(file);
                }

                log.WriteLine($"ner: wrote {output} ({new FileInfo(output!).Length / 1024} KiB)");
            }

            var clock = Stopwatch.StartNew();
            foreach (var row in NerEvaluation.Evaluate(model, data))
            {
                log.WriteLine($"{row.Metric,-26} P {row.Precision,7:P2}  R {row.Recall,7:P2}  F1 {row.F1,7:P2}  (correct {row.Correct}, predicted {row.Predicted}, gold {row.Gold})");
            }

            log.WriteLine($"ner: evaluated in {clock.Elapsed.TotalSeconds:F1}s");
            return CliErrors.Ok;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new UserFacingException(ex.Message);
        }
    }
}
