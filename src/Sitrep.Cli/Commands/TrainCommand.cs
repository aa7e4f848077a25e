using System.CommandLine;
using System.Diagnostics;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Training;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train pos|parser|… --data DIR [-o FILE]</c>: reproducible model training.</summary>
internal static class TrainCommand
{
    /// <summary>Every trainable model. A new model is one more line here.</summary>
    internal static IReadOnlyList<IModelTrainer> Trainers { get; } =
    [
        new TaggerModelTrainer(),
        new ParserModelTrainer(),
        new NerModelTrainer(),
    ];

    public static Command Create()
    {
        var command = new Command("train", "Train a statistical model from ../shared/training (see data/models/README.md).");
        foreach (var trainer in Trainers)
        {
            command.Subcommands.Add(CreateSubcommand(trainer));
        }

        return command;
    }

    private static Command CreateSubcommand(IModelTrainer trainer)
    {
        var data = new Option<string>("--data") { Description = "The training data folder (../shared/training).", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = $"Model file to write (default data/models/{trainer.DefaultFileName})." };
        var command = new Command(trainer.Name, $"Train the {trainer.Description}.") { data, output };
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(trainer, parse.GetValue(data)!, parse.GetValue(output), cancellationToken)));
        return command;
    }

    private static int Run(IModelTrainer trainer, string data, string? output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(data))
        {
            throw new UserFacingException($"--data: '{data}' is not a folder", CliErrors.Usage);
        }

        output ??= Path.Combine("data", "models", trainer.DefaultFileName);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            trainer.Train(data, output, line => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}"), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or Sitrep.Nlp.Conllu.ConlluFormatException)
        {
            throw new UserFacingException($"train {trainer.Name}: {ex.Message}");
        }

        Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
        return CliErrors.Ok;
    }
}

/// <summary><c>sitrep train ner</c>: the named-entity recogniser (same as <c>sitrep train-ner</c> without scoring).</summary>
internal sealed class NerModelTrainer : IModelTrainer
{
    public string Name => "ner";

    public string Description => "named-entity recogniser (PER, ORG, LOC)";

    public string DefaultFileName => "ner.bin";

    public void Train(string dataDirectory, string outputPath, Action<string> log, CancellationToken cancellationToken)
    {
        var model = NerTrainer.Train(new NerTrainingOptions { DataDirectory = dataDirectory }, Console.Error);
        cancellationToken.ThrowIfCancellationRequested();
        using var output = File.Create(outputPath);
        model.Save(output);
    }
}
