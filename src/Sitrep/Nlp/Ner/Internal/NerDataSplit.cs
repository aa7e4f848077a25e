namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// The training/evaluation split shared with the tagger and parser (data/models/README.md): UNER EWT
/// test and eight GUM news documents are held out; the rest of GUM and UNER EWT dev train the model.
/// </summary>
internal static class NerDataSplit
{
    public const string UnerDev = "uner-ewt/en_ewt-ud-dev.iob2";
    public const string UnerTest = "uner-ewt/en_ewt-ud-test.iob2";
    public const string GumFolder = "gum";

    /// <summary>The held-out GUM news documents: the same list the tagger and parser hold out.</summary>
    public static IReadOnlyList<string> HeldOutGumNews => TrainingData.HeldOutGumNews;

    /// <summary>Training sentences in a fixed order: UNER EWT dev, then the GUM documents by name.</summary>
    public static List<NerSentence> Training(string dataDirectory)
    {
        var sentences = IobReader.Read(Require(dataDirectory, UnerDev));
        foreach (var file in GumFiles(dataDirectory))
        {
            if (!HeldOutGumNews.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                sentences.AddRange(GumEntityReader.Read(file));
            }
        }

        return sentences;
    }

    public static List<NerSentence> UnerTestSentences(string dataDirectory) => IobReader.Read(Require(dataDirectory, UnerTest));

    public static List<NerSentence> GumNewsTestSentences(string dataDirectory)
    {
        var sentences = new List<NerSentence>();
        foreach (var name in HeldOutGumNews)
        {
            sentences.AddRange(GumEntityReader.Read(Require(dataDirectory, Path.Combine(GumFolder, name + ".conllu"))));
        }

        return sentences;
    }

    private static string[] GumFiles(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, GumFolder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: the GUM folder is missing from the training data");
        }

        var files = Directory.GetFiles(folder, "GUM_*.conllu");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static string Require(string dataDirectory, string relative)
    {
        string path = Path.Combine(dataDirectory, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: required training/evaluation file is missing", path);
        }

        return path;
    }
}
