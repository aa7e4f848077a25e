namespace Sitrep.Nlp.Training;

/// <summary>
/// One trainable model for <c>sitrep train NAME</c>: reads ../shared/training (the fixed split of
/// <see cref="TrainingData"/>) and writes one model file. Training is deterministic.
/// </summary>
public interface IModelTrainer
{
    /// <summary>The word after <c>sitrep train</c> ("pos", "parser", "ner").</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>The file name the shipped model has under data/models/.</summary>
    string DefaultFileName { get; }

    void Train(string dataDirectory, string outputPath, Action<string> log, CancellationToken cancellationToken);
}
