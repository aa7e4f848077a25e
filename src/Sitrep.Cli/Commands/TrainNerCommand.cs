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
        var devEvery = new Option<int>("--dev-every") { Description = "Keep every Nth training document aside and report its score after each epoch (tuning only).", DefaultValueFactory = _ => 0 };
        var evalOnly = new Option<bool>("--eval-only") { Description = "Do not train: score --model (or the shipped model) on the held-out data." };
        var bucketBits = new Option<int>("--bucket-bits") { Description = "log2 of the hashed weight rows.", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.BucketBits };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "Folder of the name lists.", DefaultValueFactory = _ => NerTrainingOptions.DefaultGazetteerDirectory };
        var runs = new Option<int>("--runs") { Description = "Perceptrons (one per shuffle seed) whose weights are averaged.", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.Runs };
        var lowercaseEvery = new Option<int>("--lowercase-every") { Description = "Also train on every Nth sentence in lower case (0: none).", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.LowercaseEvery };
        var wordDropout = new Option<double>("--word-dropout") { Description = "Chance per token and epoch of hiding the word's identity features in training.", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.WordDropout };
        var unerCopies = new Option<int>("--uner-copies") { Description = "Times each UNER EWT dev sentence is learned from per epoch.", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.UnerCopies };
        var sentenceLevel = new Option<bool>("--sentence-level") { Description = "Score without the document-level step (each sentence tagged on its own)." };
        var pos = new Option<bool>("--pos") { Description = "Train with part-of-speech features from jackknifed taggers (--pos false: without; the model then ignores the syntax layer).", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.PosTags };
        var errors = new Option<string?>("--errors") { Description = "Write each held-out sentence with a missed or spurious name to this file." };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed of the first run (runs use seed, seed+1, …).", DefaultValueFactory = _ => new NerTrainingOptions { DataDirectory = "" }.Seed };
        var model = new Option<string?>("--model") { Description = "With --eval-only: the model file to score." };

        var command = new Command("train-ner", "Train the named-entity recogniser and score it on held-out data.") { data, output, epochs, devEvery, evalOnly, model, gazetteer, bucketBits, errors, runs, lowercaseEvery, wordDropout, unerCopies, sentenceLevel, pos, seed };
        command.SetAction(parse => Run(
            parse.GetValue(data)!,
            parse.GetValue(output),
            parse.GetValue(epochs),
            parse.GetValue(devEvery),
            parse.GetValue(evalOnly),
            parse.GetValue(model),
            parse.GetValue(gazetteer),
            parse.GetValue(bucketBits),
            parse.GetValue(errors),
            parse.GetValue(runs),
            parse.GetValue(lowercaseEvery),
            parse.GetValue(wordDropout),
            parse.GetValue(unerCopies),
            parse.GetValue(sentenceLevel),
            parse.GetValue(pos),
            parse.GetValue(seed),
            Console.Out));
        return command;
    }

    private static int Run(string data, string? output, int epochs, int devEvery, bool evalOnly, string? modelPath, string? gazetteer, int bucketBits, string? errorsPath, int runs, int lowercaseEvery, double wordDropout, int unerCopies, bool sentenceLevel, bool pos, int seed, TextWriter log)
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
                model = NerTrainer.Train(new NerTrainingOptions { DataDirectory = data, Epochs = epochs, DevEvery = devEvery, GazetteerDirectory = gazetteer, BucketBits = bucketBits, Runs = runs, LowercaseEvery = lowercaseEvery, WordDropout = wordDropout, UnerCopies = unerCopies, PosTags = pos, Seed = seed }, log);
                using (var file = File.Create(output!))
                {
                    model.Save(file);
                }

                log.WriteLine($"ner: wrote {output} ({new FileInfo(output!).Length / 1024} KiB)");
            }

            var clock = Stopwatch.StartNew();
            using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
            foreach (var row in NerEvaluation.Evaluate(model, data, errors, documentLevel: !sentenceLevel))
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
