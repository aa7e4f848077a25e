using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Sitrep.Documents;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Nlp.Ner;

/// <summary>
/// A trained named-entity recogniser: hashed feature weights for the BIO labels of PER, ORG and LOC,
/// label transition weights, and the lexicon learned from the training data. Immutable once loaded
/// and safe to share across threads. Load the shipped model with <see cref="Default"/>, another
/// with <see cref="Load(Stream)"/>; <c>sitrep train-ner</c> (<see cref="NerTrainer"/>) makes new ones.
/// </summary>
public sealed class NerModel
{
    private const uint Magic = 0x52454E53; // "SNER"
    private const int Version = 3;
    private const string ResourceSuffix = "models.ner.bin";

    private static readonly Lazy<NerModel> Shipped = new(LoadShipped);

    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly int _mask;

    internal NerModel(float[] weights, float[] transitions, NerLexicon lexicon, bool usesPosTags)
    {
        int buckets = weights.Length / NerLabels.Stride;
        if (buckets == 0 || (buckets & (buckets - 1)) != 0 || buckets * NerLabels.Stride != weights.Length)
        {
            throw new ArgumentException("the weight table must hold a power-of-two number of rows", nameof(weights));
        }

        _weights = weights;
        _transitions = transitions;
        _mask = buckets - 1;
        Lexicon = lexicon;
        UsesPosTags = usesPosTags;
    }

    /// <summary>The model shipped in the library (data/models/ner.bin), loaded once on first use.</summary>
    public static NerModel Default => Shipped.Value;

    /// <summary>The entity labels this model assigns.</summary>
    public static IReadOnlyList<string> Labels => NerLabels.Types;

    /// <summary>Number of rows in the hashed weight table.</summary>
    public int Buckets => _mask + 1;

    /// <summary>True when the model was trained with part-of-speech features and reads the syntax layer's tags.</summary>
    public bool UsesPosTags { get; }

    internal NerLexicon Lexicon { get; }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> with the problem when it is not one.</summary>
    public static NerModel Load(Stream stream)
    {
        using var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (header.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a Sitrep NER model (bad magic number)");
        }

        int version = header.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"NER model version {version} is not supported (expected {Version}); retrain it with 'sitrep train-ner'");
        }

        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(inflate, 1 << 16), System.Text.Encoding.UTF8);
        bool usesPosTags = reader.ReadBoolean();
        int buckets = reader.ReadInt32();
        if (buckets <= 0 || (buckets & (buckets - 1)) != 0 || buckets > 1 << 24)
        {
            throw new InvalidDataException($"NER model has an invalid bucket count {buckets}");
        }

        // Half-precision rows of 7 labels, little-endian, widened into 8-float rows for vector adds.
        var packed = new byte[buckets * NerLabels.Count * sizeof(ushort)];
        reader.BaseStream.ReadExactly(packed);
        var halves = MemoryMarshal.Cast<byte, Half>(packed);
        var weights = new float[buckets * NerLabels.Stride];
        for (int b = 0; b < buckets; b++)
        {
            for (int l = 0; l < NerLabels.Count; l++)
            {
                weights[(b * NerLabels.Stride) + l] = (float)halves[(b * NerLabels.Count) + l];
            }
        }

        var transitions = new float[BioViterbi.TransitionRows * NerLabels.Stride];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var lexicon = NerLexicon.Read(reader);
        return new NerModel(weights, transitions, lexicon, usesPosTags);
    }

    /// <summary>Reads a model file; errors name the file.</summary>
    public static NerModel Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Writes the model: a small header, then a zlib stream with the weights as half-precision
    /// floats (7 labels per row), the transitions, and the lexicon. Same model, same bytes.
    /// </summary>
    public void Save(Stream stream)
    {
        using (var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(Version);
        }

        using var deflate = new ZLibStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(new BufferedStream(deflate, 1 << 16), System.Text.Encoding.UTF8);
        writer.Write(UsesPosTags);
        writer.Write(Buckets);
        var packed = new Half[Buckets * NerLabels.Count];
        for (int b = 0; b < Buckets; b++)
        {
            for (int l = 0; l < NerLabels.Count; l++)
            {
                packed[(b * NerLabels.Count) + l] = (Half)_weights[(b * NerLabels.Stride) + l];
            }
        }

        // Little-endian on every platform .NET runs Sitrep on; Load reads it back the same way.
        writer.Write(MemoryMarshal.AsBytes(packed.AsSpan()));

        foreach (float t in _transitions)
        {
            writer.Write(t);
        }

        Lexicon.Write(writer);
    }

    /// <summary>
    /// Labels one sentence: writes a BIO label id per token into <paramref name="labels"/>.
    /// <paramref name="tags"/>: the tokens' Penn Treebank tags, or empty when there is no syntax layer.
    /// </summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> tags, Span<byte> labels)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var featurePool = ArrayPool<uint>.Shared;
        var scorePool = ArrayPool<float>.Shared;
        var features = featurePool.Rent(n * NerFeatures.PerToken);
        var emissions = scorePool.Rent(n * NerLabels.Stride);
        try
        {
            // A model trained without tags must not see them: their hashed features would only add noise.
            NerFeatures.Extract(text, tokens, UsesPosTags ? tags : [], Lexicon, features);
            BioViterbi.Emissions(_weights, _mask, features, n, emissions);
            BioViterbi.Decode(emissions, _transitions, n, labels);
        }
        finally
        {
            featurePool.Return(features);
            scorePool.Return(emissions);
        }
    }

    private static NerModel LoadShipped()
    {
        var assembly = typeof(NerModel).Assembly;
        string? name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = name is null ? null : assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            throw new InvalidOperationException($"the NER model ({ResourceSuffix}) is not embedded in {assembly.GetName().Name}; run 'sitrep train-ner' and rebuild");
        }

        return Load(stream);
    }
}
