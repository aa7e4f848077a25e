namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// What the training data says about words and names, as compact codes the features use:
/// for each lower-cased word, how often it was part of a PER/ORG/LOC name, how often it is
/// capitalised away from the start of a sentence, and how frequent it is; and the set of
/// whole names seen (a gazetteer learned from the data). Immutable once built; thread-safe.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>Longest name (in tokens) the gazetteer matches.</summary>
    public const int MaxPhrase = 6;

    /// <summary>Words longer than this are not looked up (no real word is; it keeps the lookup buffer on the stack).</summary>
    public const int MaxWordLength = 48;

    private const ushort Known = 0x8000;

    private readonly Dictionary<string, ushort> _words;
    private readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<uint, byte> _phrases;

    public NerLexicon(Dictionary<string, ushort> words, Dictionary<uint, byte> phrases)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = phrases;
    }

    public static NerLexicon Empty { get; } = new([], []);

    public int WordCount => _words.Count;

    public int PhraseCount => _phrases.Count;

    /// <summary>The word's code (0 when unseen); <paramref name="lower"/> must already be lower-cased.</summary>
    public ushort Word(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out var code) ? code : (ushort)0;

    /// <summary>The types (bit t = type t) a name with this phrase hash had in training; 0 when unseen.</summary>
    public byte Phrase(uint phraseHash) => _phrases.TryGetValue(phraseHash, out var mask) ? mask : (byte)0;

    /// <summary>Entity part of a word code: 2 bits per type (0 never, 1 sometimes, 2 mostly in a name of that type).</summary>
    public static uint EntityClass(ushort code) => code == 0 ? 0xFFu : (uint)code & 0x3Fu;

    /// <summary>Capitalisation part: 0 never seen inside a sentence, 1 never capitalised … 4 always capitalised.</summary>
    public static uint CapClass(ushort code) => code == 0 ? 0xFFu : ((uint)code >> 6) & 0x7u;

    /// <summary>Frequency part: 0 once, 1 two or three times, 2 up to 15, 3 more.</summary>
    public static uint FrequencyClass(ushort code) => code == 0 ? 0xFFu : ((uint)code >> 9) & 0x3u;

    /// <summary>The phrase hash of a lower-cased token sequence, extended one token at a time.</summary>
    public static uint ExtendPhrase(uint hash, uint lowerWordHash) => FeatureHash.Combine(hash, lowerWordHash);

    public static NerLexicon Build(IEnumerable<NerSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var phrases = new Dictionary<uint, byte>();
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                var word = sentence.Word(i);
                if (word.Length > MaxWordLength)
                {
                    continue;
                }

                string lower = word.ToString().ToLowerInvariant();
                if (!counts.TryGetValue(lower, out var c))
                {
                    c = new int[6];
                    counts[lower] = c;
                }

                c[0]++;
                int type = NerLabels.TypeOf(sentence.Labels[i]);
                if (type >= 0)
                {
                    c[1 + type]++;
                }

                if (i > 0 && char.IsLetter(word[0]))
                {
                    c[4]++;
                    if (char.IsUpper(word[0]))
                    {
                        c[5]++;
                    }
                }
            }

            foreach (var (first, end, type) in sentence.Spans())
            {
                if (end - first > MaxPhrase)
                {
                    continue;
                }

                uint hash = FeatureHash.Start;
                for (int i = first; i < end; i++)
                {
                    hash = ExtendPhrase(hash, FeatureHash.LowerChars(FeatureHash.Start, sentence.Word(i)));
                }

                phrases[hash] = (byte)(phrases.GetValueOrDefault(hash) | (1 << type));
            }
        }

        var words = new Dictionary<string, ushort>(counts.Count, StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            words[word] = Encode(c);
        }

        return new NerLexicon(words, phrases);
    }

    private static ushort Encode(int[] c)
    {
        int total = c[0];
        uint code = Known;
        for (int t = 0; t < 3; t++)
        {
            uint cls = c[1 + t] == 0 ? 0u : 2 * c[1 + t] >= total ? 2u : 1u;
            code |= cls << (2 * t);
        }

        uint cap = c[4] == 0 ? 0u : c[5] == 0 ? 1u : c[5] == c[4] ? 4u : 2 * c[5] >= c[4] ? 3u : 2u;
        code |= cap << 6;
        uint freq = total == 1 ? 0u : total <= 3 ? 1u : total <= 15 ? 2u : 3u;
        code |= freq << 9;
        return (ushort)code;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_words.Count);
        foreach (var (word, code) in _words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(code);
        }

        writer.Write(_phrases.Count);
        foreach (var (hash, mask) in _phrases.OrderBy(p => p.Key))
        {
            writer.Write(hash);
            writer.Write(mask);
        }
    }

    public static NerLexicon Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var words = new Dictionary<string, ushort>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            words[word] = reader.ReadUInt16();
        }

        int phraseCount = reader.ReadInt32();
        var phrases = new Dictionary<uint, byte>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            uint hash = reader.ReadUInt32();
            phrases[hash] = reader.ReadByte();
        }

        return new NerLexicon(words, phrases);
    }
}
