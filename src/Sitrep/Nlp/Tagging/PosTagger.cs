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
    internal const int ModelVersion = 2;

    private readonly string[] _xpos;
    private readonly string[] _upos;
    private readonly WeightTable _weights;
    private readonly SpanKeyedTable<int> _tagDictionary;
    private readonly WordLexicon _lexicon;

    [ThreadStatic]
    private static TaggerFeatures.SentenceHashes? t_hashes;

    internal PosTagger(string[] xpos, string[] upos, WeightTable weights, SpanKeyedTable<int> tagDictionary, WordLexicon lexicon)
    {
        _lexicon = lexicon;
        _xpos = xpos;
        _upos = upos;
        _weights = weights;
        _tagDictionary = tagDictionary;
    }

    /// <summary>Number of tag classes (XPOS, UPOS pairs).</summary>
    public int TagCount => _xpos.Length;

    public string Xpos(int tag) => _xpos[tag];

    public string Upos(int tag) => _upos[tag];

    internal WeightTable Weights => _weights;

    internal SpanKeyedTable<int> TagDictionary => _tagDictionary;

    public WordLexicon Lexicon => _lexicon;

    /// <summary>Tags one sentence: writes a class per token into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> tags)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var hashes = t_hashes ??= new TaggerFeatures.SentenceHashes();
        hashes.Fill(text, tokens, _lexicon);
        Span<int> buckets = stackalloc int[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_weights.Stride];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!_tagDictionary.TryGetValue(text.Slice(tokens[i].Start, tokens[i].Length), out int tag))
            {
                int n = TaggerFeatures.Extract(text, tokens, hashes, i, prev, prev2, _weights.Mask, buckets);
                scores.Clear();
                _weights.Score(buckets[..n], scores);
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
        if (xpos.Length != upos.Length || table.Classes != xpos.Length || dict.Values.Any(t => t < 0 || t >= xpos.Length))
        {
            throw new InvalidDataException("tagger model: tag tables do not match the weights");
        }

        return new PosTagger(xpos, upos, table, new SpanKeyedTable<int>(dict), lexicon);
    }
}
