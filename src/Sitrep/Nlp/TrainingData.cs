using Sitrep.Nlp.Conllu;

namespace Sitrep.Nlp;

/// <summary>
/// The fixed split of ../shared/training used by every Sitrep model (see data/models/README.md):
/// EWT test, UNER-EWT test and eight GUM news documents are held out for evaluation and never
/// trained on; all other GUM documents and EWT dev are training data.
/// </summary>
public static class TrainingData
{
    /// <summary>The even-numbered (1-based) of the 16 GUM news documents in alphabetical order.</summary>
    public static IReadOnlyList<string> HeldOutGumNews { get; } =
    [
        "GUM_news_crane", "GUM_news_expo", "GUM_news_homeopathic", "GUM_news_iodine",
        "GUM_news_nasa", "GUM_news_sensitive", "GUM_news_warhol", "GUM_news_worship",
    ];

    /// <summary>Training files (GUM minus the held-out news, then EWT dev), in a fixed order.</summary>
    public static IReadOnlyList<string> TrainingFiles(string dataDirectory)
    {
        var gum = Path.Combine(dataDirectory, "gum");
        var ewtDev = Path.Combine(dataDirectory, "ud-ewt", "en_ewt-ud-dev.conllu");
        if (!Directory.Exists(gum) || !File.Exists(ewtDev))
        {
            throw new FileNotFoundException($"{dataDirectory}: expected gum/*.conllu and ud-ewt/en_ewt-ud-dev.conllu under it");
        }

        var files = Directory.GetFiles(gum, "*.conllu")
            .Where(f => !HeldOutGumNews.Contains(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.Add(ewtDev);
        return files;
    }

    /// <summary>Held-out evaluation files: EWT test and the eight GUM news documents.</summary>
    public static IReadOnlyList<string> EvaluationFiles(string dataDirectory) =>
    [
        Path.Combine(dataDirectory, "ud-ewt", "en_ewt-ud-test.conllu"),
        .. HeldOutGumNews.Select(n => Path.Combine(dataDirectory, "gum", n + ".conllu")),
    ];

    /// <summary>
    /// Reads the training sentences in file order. EWT dev, the only in-domain data for web text,
    /// is read <paramref name="ewtCopies"/> times so it weighs more against the larger GUM.
    /// </summary>
    public static List<ConlluSentence> ReadTraining(string dataDirectory, int ewtCopies = 1)
    {
        var files = TrainingFiles(dataDirectory);
        var sentences = files.SelectMany(ConlluReader.ReadFile).ToList();
        var ewt = ConlluReader.ReadFile(files[^1]);
        for (int copy = 1; copy < ewtCopies; copy++)
        {
            sentences.AddRange(ewt);
        }

        return sentences;
    }
}
