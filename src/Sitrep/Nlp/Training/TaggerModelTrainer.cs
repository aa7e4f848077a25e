using Sitrep.Nlp.Lemmas;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Training;

/// <summary><c>sitrep train pos</c>: the part-of-speech tagger and the lemmatizer, into one file.</summary>
public sealed class TaggerModelTrainer : IModelTrainer
{
    public string Name => "pos";

    public string Description => "part-of-speech tagger (UPOS + PTB XPOS) and lemmatizer";

    public string DefaultFileName => NlpModels.TaggerFileName;

    public PosTaggerTrainingOptions Options { get; init; } = new();

    /// <summary>How many times EWT dev is read (see <see cref="TrainingData.ReadTraining"/>).</summary>
    public int EwtCopies { get; init; } = 1;

    /// <summary>
    /// WordNet 3.0 as Debian's wordnet-base installs it (SITREP_WORDNET overrides the folder).
    /// Without it the tagger trains with no dictionary evidence, and the log says so.
    /// </summary>
    public static WordLexicon LoadLexicon(Action<string> log)
    {
        string folder = Environment.GetEnvironmentVariable("SITREP_WORDNET") is { Length: > 0 } env ? env : "/usr/share/wordnet";
        if (!File.Exists(Path.Combine(folder, "data.noun")))
        {
            log($"pos: WordNet not found in {folder} (apt-get install wordnet-base); training without a lexicon");
            return WordLexicon.Empty;
        }

        var lexicon = WordLexicon.FromWordNet(folder);
        log($"pos: WordNet lexicon from {folder}: {lexicon.Count} words");
        return lexicon;
    }

    public void Train(string dataDirectory, string outputPath, Action<string> log, CancellationToken cancellationToken)
    {
        var sentences = TrainingData.ReadTraining(dataDirectory, EwtCopies);
        log($"pos: {sentences.Count} training sentences, {sentences.Sum(s => s.Count)} words");
        var tagger = PosTaggerTrainer.Train(sentences, Options with { Lexicon = LoadLexicon(log) }, log);
        var lemmatizer = LemmatizerTrainer.Train(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        using var output = File.Create(outputPath);
        NlpModels.SaveTagger(new TaggerModel(tagger, lemmatizer), output);
    }
}
