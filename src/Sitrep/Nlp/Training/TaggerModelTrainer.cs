using Sitrep.Nlp.Internal;
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

    /// <summary>
    /// The distributional word classes (data/models/word-clusters/word-clusters.tsv.gz, found from the
    /// working folder or the program's folder upwards; SITREP_WORD_CLUSTERS names the file instead).
    /// The tagger and the jackknifed taggers of the parser and recogniser all read it here. A model
    /// trained without them would silently differ from the shipped one, so a missing file is an error.
    /// </summary>
    internal static WordClusters LoadClusters(Action<string> log)
    {
        const string relative = "data/models/word-clusters/word-clusters.tsv.gz";
        string? path = Environment.GetEnvironmentVariable("SITREP_WORD_CLUSTERS") is { Length: > 0 } env ? env
            : FindUpwards(Directory.GetCurrentDirectory(), relative) ?? FindUpwards(AppContext.BaseDirectory, relative);
        if (path is null || !File.Exists(path))
        {
            throw new FileNotFoundException($"word classes not found ({path ?? relative}): run inside the repository, which holds {relative}, or set SITREP_WORD_CLUSTERS");
        }

        var clusters = WordClusters.FromFile(path);
        log($"word classes from {path}: {clusters.Count} words");
        return clusters;
    }

    private static string? FindUpwards(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public void Train(string dataDirectory, string outputPath, Action<string> log, CancellationToken cancellationToken)
    {
        var sentences = TrainingData.ReadTraining(dataDirectory, EwtCopies);
        log($"pos: {sentences.Count} training sentences, {sentences.Sum(s => s.Count)} words");
        var tagger = PosTaggerTrainer.Train(sentences, Options with { Lexicon = LoadLexicon(log), Clusters = LoadClusters(log) }, log);
        var lemmatizer = LemmatizerTrainer.Train(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        using var output = File.Create(outputPath);
        NlpModels.SaveTagger(new TaggerModel(tagger, lemmatizer), output);
    }
}
