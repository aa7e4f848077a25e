using Sitrep.Documents;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Greedy averaged-perceptron part-of-speech tagger. Each class is a pair (PTB XPOS, UPOS) seen in
/// training, so both tag sets come from one decision and always agree. Frequent words that had a
/// single tag in training are tagged from a dictionary without scoring. Immutable and thread-safe.
/// </summary>
public sealed class PosTagger
{
    internal const string ModelKind = "pos-tagger";
    internal const int ModelVersion = 5; // 5: word classes

    private readonly string[] _xpos;
    private readonly string[] _upos;
    private readonly WeightTable _weights;
    private readonly SparseWeightTable _sparse; // the same weights, for scoring
    private readonly SpanKeyedTable<int> _tagDictionary;
    private readonly WordLexicon _lexicon;
    private readonly WordClusters _clusters;
    private readonly string[] _vocabulary;

    // Per known word (tag-dictionary words and the vocabulary): its word hashes, its dictionary tag
    // (-1 when it must be scored) and the summed weights of its word-only features, so a known word
    // costs one lookup plus its context features.
    private readonly KnownWordTable _known;
    private readonly int[] _knownTag;
    private readonly ulong[] _knownHashes;
    private readonly float[] _knownScores;

    // Hashes kept per known word: lower, shape, suffix, lexicon signature, word classes.
    private const int KnownStride = 5;

    // Rows with more non-zero weights than this stay dense (SIMD adds beat that many scattered ones).
    private const int SparseAbove = 16;

    [ThreadStatic]
    private static TaggerFeatures.SentenceHashes? t_hashes;

    internal PosTagger(string[] xpos, string[] upos, WeightTable weights, SpanKeyedTable<int> tagDictionary, WordLexicon lexicon, WordClusters clusters, string[] vocabulary)
    {
        _lexicon = lexicon;
        _clusters = clusters;
        _vocabulary = vocabulary;
        _xpos = xpos;
        _upos = upos;
        _weights = weights;
        _sparse = new SparseWeightTable(weights, SparseAbove);
        _tagDictionary = tagDictionary;

        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in tagDictionary.Map.Keys.Concat(vocabulary))
        {
            known.TryAdd(word, known.Count);
        }

        _known = new KnownWordTable([.. known.OrderBy(p => p.Value).Select(p => p.Key)]);
        _knownTag = new int[known.Count];
        _knownHashes = new ulong[known.Count * KnownStride];
        _knownScores = new float[known.Count * weights.Stride];
        var hashes = new TaggerFeatures.SentenceHashes();
        Span<int> buckets = stackalloc int[TaggerFeatures.MaxWordFeatures];
        foreach (var (word, k) in known)
        {
            _knownTag[k] = tagDictionary.TryGetValue(word, out int tag) ? tag : -1;
            hashes.Set(0, word, lexicon, clusters);
            _knownHashes[(KnownStride * k) + 0] = hashes.Lower[0];
            _knownHashes[(KnownStride * k) + 1] = hashes.Shape[0];
            _knownHashes[(KnownStride * k) + 2] = hashes.Suffix3[0];
            _knownHashes[(KnownStride * k) + 3] = hashes.Lexicon[0];
            _knownHashes[(KnownStride * k) + 4] = hashes.Classes[0];
            if (_knownTag[k] < 0)
            {
                int n = TaggerFeatures.ExtractWord(word, hashes.Lower[0], hashes.Shape[0], hashes.Lexicon[0], hashes.Classes[0], weights.Mask, buckets);
                weights.Score(buckets[..n], _knownScores.AsSpan(k * weights.Stride, weights.Stride));
            }
        }
    }

    /// <summary>Number of tag classes (XPOS, UPOS pairs).</summary>
    public int TagCount => _xpos.Length;

    public string Xpos(int tag) => _xpos[tag];

    public string Upos(int tag) => _upos[tag];

    internal WeightTable Weights => _weights;

    internal SpanKeyedTable<int> TagDictionary => _tagDictionary;

    public WordLexicon Lexicon => _lexicon;

    internal WordClusters Clusters => _clusters;

    /// <summary>Tags one sentence: writes a class per token into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> tags)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var hashes = t_hashes ??= new TaggerFeatures.SentenceHashes();
        hashes.EnsureCapacity(tokens.Length);
        hashes.Case = TaggerFeatures.SentenceCase(text, tokens);
        Span<int> known = tokens.Length <= 256 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (_known.TryGetValue(word, out int k))
            {
                known[i] = k;
                var h = _knownHashes.AsSpan(KnownStride * k, KnownStride);
                hashes.Lower[i] = h[0];
                hashes.Shape[i] = h[1];
                hashes.Suffix3[i] = h[2];
                hashes.Lexicon[i] = h[3];
                hashes.Classes[i] = h[4];
            }
            else
            {
                known[i] = -1;
                hashes.Set(i, word, _lexicon, _clusters);
            }
        }

        Span<int> buckets = stackalloc int[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_weights.Stride];
        int stride = _weights.Stride;
        int prev = -1, prev2 = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            int k = known[i];
            int tag = k >= 0 ? _knownTag[k] : -1;
            if (tag < 0)
            {
                int n;
                if (k >= 0)
                {
                    _knownScores.AsSpan(k * stride, stride).CopyTo(scores);
                    n = TaggerFeatures.ExtractContext(text, tokens, hashes, i, prev, prev2, _weights.Mask, buckets);
                }
                else
                {
                    scores.Clear();
                    n = TaggerFeatures.Extract(text, tokens, hashes, i, prev, prev2, _weights.Mask, buckets);
                }

                _sparse.Score(buckets[..n], scores);
                tag = WeightTable.ArgMax(scores, _xpos.Length);
            }

            tags[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    internal void Save(BinaryWriter writer)
    {
        ModelIO.WriteStrings(writer, _xpos);
        ModelIO.WriteStrings(writer, _upos);
        ModelIO.WriteTable(writer, _weights);
        writer.Write7BitEncodedInt(_tagDictionary.Count);
        foreach (var (word, tag) in _tagDictionary.Map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(tag);
        }

        _lexicon.Save(writer);
        ModelIO.WriteStrings(writer, _vocabulary);
        _clusters.Save(writer);
    }

    internal static PosTagger Load(BinaryReader reader)
    {
        var xpos = ModelIO.ReadStrings(reader);
        var upos = ModelIO.ReadStrings(reader);
        var table = ModelIO.ReadTable(reader);
        int count = reader.Read7BitEncodedInt();
        var dict = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            dict[reader.ReadString()] = reader.Read7BitEncodedInt();
        }

        var lexicon = WordLexicon.Load(reader);
        var vocabulary = ModelIO.ReadStrings(reader);
        var clusters = WordClusters.Load(reader);
        if (xpos.Length != upos.Length || table.Classes != xpos.Length || dict.Values.Any(t => t < 0 || t >= xpos.Length))
        {
            throw new InvalidDataException("tagger model: tag tables do not match the weights");
        }

        return new PosTagger(xpos, upos, table, new SpanKeyedTable<int>(dict), lexicon, clusters, vocabulary);
    }
}
