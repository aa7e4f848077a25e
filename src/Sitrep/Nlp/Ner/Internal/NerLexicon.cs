namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// What the training data and the gazetteer say about words and names, as compact codes the
/// features use. For each lower-cased word: how often it was part of a PER/ORG/LOC name in
/// training, how often it is capitalised away from the start of a sentence, how frequent it is, and
/// which name lists hold it. For whole names (one to <see cref="MaxPhrase"/> tokens): the types
/// they had in training and the lists that hold them. Immutable once built; thread-safe.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>Longest name (in tokens) the gazetteer matches.</summary>
    public const int MaxPhrase = 6;

    /// <summary>Words longer than this are not looked up (no real word is; it keeps the lookup buffer on the stack).</summary>
    public const int MaxWordLength = 48;

    /// <summary>Word-code bits: on a person-name list, a place list, a demonym list; starts a listed name.</summary>
    public const uint PersonList = 1u << 12, PlaceList = 1u << 13, DemonymList = 1u << 14, StartsListedName = 1u << 15, CompanyList = 1u << 16,
        CommonWord = 1u << 17, ProperWord = 1u << 18;

    /// <summary>Phrase-mask bits 0-2: the types seen in training; bits 3-5: the types of the lists holding it.</summary>
    public const int ListedShift = 3;

    private const uint Known = 1u << 31;
    private const uint Lists = PersonList | PlaceList | DemonymList | CompanyList | CommonWord | ProperWord;

    private readonly Dictionary<string, uint> _words;
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<uint, byte> _phrases;

    public NerLexicon(Dictionary<string, uint> words, Dictionary<uint, byte> phrases)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = phrases;
    }

    public int WordCount => _words.Count;

    public int PhraseCount => _phrases.Count;

    /// <summary>The word's code (0 when unknown); <paramref name="lower"/> must already be lower-cased.</summary>
    public uint Word(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out var code) ? code : 0;

    /// <summary>The type mask of a name with this phrase hash (see <see cref="ListedShift"/>); 0 when unknown.</summary>
    public byte Phrase(uint phraseHash) => _phrases.TryGetValue(phraseHash, out var mask) ? mask : (byte)0;

    /// <summary>2 bits per type (0 never, 1 sometimes, 2 mostly in a name of that type); 0xFE when not in the training text, 0xFF when unknown.</summary>
    public static uint EntityClass(uint code) => code == 0 ? 0xFFu : FrequencyClass(code) == 0 ? 0xFEu : code & 0x3Fu;

    /// <summary>0 never seen inside a sentence, 1 never capitalised … 4 always capitalised; 0xFF when unknown.</summary>
    public static uint CapClass(uint code) => code == 0 ? 0xFFu : (code >> 6) & 0x7u;

    /// <summary>0 not in the training text, 1 once, 2 two or three times, 3 up to 15, 4 more; 0xFF when unknown.</summary>
    public static uint FrequencyClass(uint code) => code == 0 ? 0xFFu : (code >> 9) & 0x7u;

    /// <summary>The name lists holding the word (person, place, demonym, -, company, common word, proper noun bits); 0 for none.</summary>
    public static uint ListClass(uint code) => (code & Lists) >> 12;

    /// <summary>True when the word may start a name the lexicon holds, so a phrase lookup is worth it.</summary>
    public static bool MayStartName(uint code) => (code & StartsListedName) != 0 || (FrequencyClass(code) is not (0 or 0xFF) && (code & 0x3Fu) != 0);

    /// <summary>The phrase hash of a lower-cased token sequence, extended one token at a time.</summary>
    public static uint ExtendPhrase(uint hash, uint lowerWordHash) => FeatureHash.Combine(hash, lowerWordHash);

    public static NerLexicon Build(IEnumerable<NerSentence> sentences, NerGazetteer gazetteer)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var listed = new Dictionary<string, uint>(StringComparer.Ordinal);
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

                string lower = Lower(word);
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
                if (end - first <= MaxPhrase)
                {
                    uint hash = FeatureHash.Start;
                    for (int i = first; i < end; i++)
                    {
                        hash = ExtendPhrase(hash, FeatureHash.LowerChars(FeatureHash.Start, sentence.Word(i)));
                    }

                    phrases[hash] = (byte)(phrases.GetValueOrDefault(hash) | (1 << type));
                }
            }
        }

        AddList(gazetteer.People, PersonList, 0);
        AddList(gazetteer.Companies, CompanyList, 1);
        AddList(gazetteer.Places, PlaceList, 2);
        AddList(gazetteer.Demonyms, DemonymList, -1);
        AddList(gazetteer.CommonWords, CommonWord, -1);
        AddList(gazetteer.ProperWords, ProperWord, -1);

        var words = new Dictionary<string, uint>(counts.Count + listed.Count, StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            words[word] = Encode(c);
        }

        foreach (var (word, bits) in listed)
        {
            words[word] = words.GetValueOrDefault(word, Known) | bits;
        }

        return new NerLexicon(words, phrases);

        void AddList(string[] names, uint wordBit, int type)
        {
            foreach (var name in names)
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0 || parts.Length > MaxPhrase)
                {
                    continue;
                }

                uint hash = FeatureHash.Start;
                foreach (var part in parts)
                {
                    hash = ExtendPhrase(hash, FeatureHash.LowerChars(FeatureHash.Start, part));
                }

                if (parts.Length == 1)
                {
                    string lower = Lower(parts[0]);
                    listed[lower] = listed.GetValueOrDefault(lower) | wordBit;
                }

                if (type >= 0)
                {
                    string head = Lower(parts[0]);
                    listed[head] = listed.GetValueOrDefault(head) | StartsListedName;
                    phrases[hash] = (byte)(phrases.GetValueOrDefault(hash) | (1 << (ListedShift + type)));
                }
            }
        }
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        // Same per-char mapping as FeatureHash.Lower, so lookups at tagging time find these keys.
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            buffer[i] = FeatureHash.Lower(word[i]);
        }

        return new string(buffer);
    }

    private static uint Encode(int[] c)
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
        uint freq = total == 1 ? 1u : total <= 3 ? 2u : total <= 15 ? 3u : 4u;
        code |= freq << 9;
        return code;
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
        if (count < 0)
        {
            throw new InvalidDataException($"NER model lexicon has a negative word count {count}");
        }

        var words = new Dictionary<string, uint>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            words[word] = reader.ReadUInt32();
        }

        int phraseCount = reader.ReadInt32();
        if (phraseCount < 0)
        {
            throw new InvalidDataException($"NER model lexicon has a negative name count {phraseCount}");
        }

        var phrases = new Dictionary<uint, byte>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            uint hash = reader.ReadUInt32();
            phrases[hash] = reader.ReadByte();
        }

        return new NerLexicon(words, phrases);
    }
}
