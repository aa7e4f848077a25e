using Sitrep.Nlp.Internal;
using Sitrep.Nlp.Lemmas;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp;

/// <summary>The tagger and lemmatizer stored together in one model file (data/models/pos.bin).</summary>
public sealed record TaggerModel(PosTagger Tagger, Lemmatizer Lemmatizer);

/// <summary>
/// Reads and writes the model files, and loads the models shipped inside the library once, on first
/// use, shared read-only by every thread. Load errors name the file and the problem.
/// </summary>
public static class NlpModels
{
    public const string TaggerFileName = "pos.bin";
    public const string ParserFileName = "parser.bin";

    private static readonly Lazy<TaggerModel> s_tagger = new(() => LoadEmbedded(TaggerFileName, LoadTagger));
    private static readonly Lazy<DependencyParser> s_parser = new(() => LoadEmbedded(ParserFileName, LoadParser));

    /// <summary>The shipped tagger and lemmatizer (EWT/GUM-trained; see data/models/README.md).</summary>
    public static TaggerModel DefaultTagger => s_tagger.Value;

    /// <summary>The shipped dependency parser.</summary>
    public static DependencyParser DefaultParser => s_parser.Value;

    public static void SaveTagger(TaggerModel model, Stream output)
    {
        using var writer = ModelIO.CreateWriter(output, PosTagger.ModelKind, PosTagger.ModelVersion);
        model.Tagger.Save(writer);
        model.Lemmatizer.Save(writer);
    }

    public static TaggerModel LoadTagger(Stream input, string source) => Load(input, source, PosTagger.ModelKind, PosTagger.ModelVersion, r =>
        new TaggerModel(PosTagger.Load(r), Lemmatizer.Load(r)));

    public static void SaveParser(DependencyParser parser, Stream output)
    {
        using var writer = ModelIO.CreateWriter(output, DependencyParser.ModelKind, DependencyParser.ModelVersion);
        parser.Save(writer);
    }

    public static DependencyParser LoadParser(Stream input, string source) =>
        Load(input, source, DependencyParser.ModelKind, DependencyParser.ModelVersion, DependencyParser.Load);

    /// <summary>Loads a model file from disk (for models trained with <c>sitrep train</c>).</summary>
    public static T LoadFile<T>(string path, Func<Stream, string, T> load)
    {
        using var stream = File.OpenRead(path);
        return load(stream, path);
    }

    private static T Load<T>(Stream input, string source, string kind, int version, Func<BinaryReader, T> read)
    {
        using var reader = ModelIO.OpenReader(input, kind, version, source);
        try
        {
            return read(reader);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or OutOfMemoryException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: corrupt or truncated model ({ex.Message})", ex);
        }
    }

    private static T LoadEmbedded<T>(string fileName, Func<Stream, string, T> load)
    {
        var assembly = typeof(NlpModels).Assembly;
        string suffix = ".models." + fileName;
        string? name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"model data/models/{fileName} is not embedded in {assembly.GetName().Name}; train it with 'sitrep train'");
        return load(stream, "data/models/" + fileName);
    }
}
