using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// What a dictionary says a word can be: noun (common or proper), verb, adjective, adverb, or an
/// irregular inflected form, read from WordNet 3.0 (Princeton; Debian package wordnet-base). Gives the
/// tagger evidence for words its training data never showed. <see cref="Signature"/> also tries the
/// regular English endings (-s, -ed, -ing, -er, -ly) to find a dictionary base form. Immutable.
/// </summary>
public sealed class WordLexicon
{
    [Flags]
    internal enum WordClass : ushort
    {
        None = 0,
        Noun = 1,
        ProperNoun = 2,
        Verb = 4,
        Adjective = 8,
        Adverb = 16,
        IrregularPlural = 32,
        IrregularVerb = 64,
        IrregularAdjective = 128,
    }

    private readonly SpanKeyedTable<ushort> _classes;

    internal WordLexicon(SpanKeyedTable<ushort> classes)
    {
        _classes = classes;
    }

    public static WordLexicon Empty { get; } = new(new SpanKeyedTable<ushort>([]));

    public int Count => _classes.Count;

    internal SpanKeyedTable<ushort> Classes => _classes;

    /// <summary>
    /// A number summarising the word's dictionary classes and those of the base forms its ending
    /// points to; 0 for a word the dictionary does not know.
    /// </summary>
    public ulong Signature(ReadOnlySpan<char> word)
    {
        if (_classes.Count == 0 || word.Length > 40)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length + 1];
        word.ToLowerInvariant(lower);
        var w = lower[..word.Length];
        ulong signature = Lookup(w);
        int n = w.Length;
        if (n > 3 && w[^1] == 's')
        {
            signature |= Base(w[..^1]) << 8;
            if (w[^2] == 'e')
            {
                signature |= Base(w[..^2]) << 8;
                if (w[^3] == 'i')
                {
                    signature |= BaseWithY(lower, n - 3) << 8;
                }
            }
        }
        else if (n > 4 && w.EndsWith("ed"))
        {
            signature |= Base(w[..^2]) << 16 | Base(w[..^1]) << 16 | Doubled(w[..^2]) << 16;
            if (w[^3] == 'i')
            {
                signature |= BaseWithY(lower, n - 3) << 16;
            }
        }
        else if (n > 5 && w.EndsWith("ing"))
        {
            signature |= Base(w[..^3]) << 24 | Doubled(w[..^3]) << 24 | BaseWithE(lower, n - 3) << 24;
        }
        else if (n > 4 && w.EndsWith("er"))
        {
            signature |= Base(w[..^2]) << 32 | Base(w[..^1]) << 32;
        }
        else if (n > 5 && w.EndsWith("est"))
        {
            signature |= Base(w[..^3]) << 32 | Base(w[..^2]) << 32;
        }
        else if (n > 4 && w.EndsWith("ly"))
        {
            signature |= Base(w[..^2]) << 40;
        }

        return signature;
    }

    private ulong Lookup(ReadOnlySpan<char> w) => _classes.TryGetValue(w, out ushort c) ? c : 0UL;

    // A base form: only its open-class bits matter.
    private ulong Base(ReadOnlySpan<char> w) => w.Length > 1 ? Lookup(w) & 0x1f : 0;

    private ulong Doubled(ReadOnlySpan<char> w) => w.Length > 2 && w[^1] == w[^2] ? Base(w[..^1]) : 0;

    // "studies" -> "study": overwrite the scratch copy at position i with 'y'.
    private ulong BaseWithY(Span<char> scratch, int i)
    {
        char saved = scratch[i];
        scratch[i] = 'y';
        ulong b = Base(scratch[..(i + 1)]);
        scratch[i] = saved;
        return b;
    }

    // "making" -> "make".
    private ulong BaseWithE(Span<char> scratch, int i)
    {
        char saved = scratch[i];
        scratch[i] = 'e';
        ulong b = Base(scratch[..(i + 1)]);
        scratch[i] = saved;
        return b;
    }

    /// <summary>Reads WordNet's data.{noun,verb,adj,adv} and {noun,verb,adj}.exc files from a folder.</summary>
    public static WordLexicon FromWordNet(string directory)
    {
        var classes = new Dictionary<string, ushort>(StringComparer.Ordinal);
        ReadData(Path.Combine(directory, "data.noun"), classes, WordClass.Noun);
        ReadData(Path.Combine(directory, "data.verb"), classes, WordClass.Verb);
        ReadData(Path.Combine(directory, "data.adj"), classes, WordClass.Adjective);
        ReadData(Path.Combine(directory, "data.adv"), classes, WordClass.Adverb);
        ReadExceptions(Path.Combine(directory, "noun.exc"), classes, WordClass.IrregularPlural);
        ReadExceptions(Path.Combine(directory, "verb.exc"), classes, WordClass.IrregularVerb);
        ReadExceptions(Path.Combine(directory, "adj.exc"), classes, WordClass.IrregularAdjective);
        return new WordLexicon(new SpanKeyedTable<ushort>(classes));
    }

    private static void ReadData(string path, Dictionary<string, ushort> classes, WordClass wordClass)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith(' '))
            {
                continue; // licence header
            }

            // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ...
            var fields = line.Split(' ', 4 + 2 * 256, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || !int.TryParse(fields[3], System.Globalization.NumberStyles.HexNumber, null, out int count))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a WordNet synset line");
            }

            for (int k = 0; k < count && 4 + (2 * k) < fields.Length; k++)
            {
                string word = fields[4 + (2 * k)];
                int marker = word.IndexOf('(');
                if (marker > 0)
                {
                    word = word[..marker]; // adjective position marker: "(a)", "(p)", "(ip)"
                }

                if (word.Contains('_'))
                {
                    continue; // multiword entries never match one token
                }

                var c = wordClass;
                if (wordClass == WordClass.Noun && char.IsUpper(word[0]))
                {
                    c = WordClass.ProperNoun;
                }

                Add(classes, word.ToLowerInvariant(), c);
            }
        }
    }

    private static void ReadExceptions(string path, Dictionary<string, ushort> classes, WordClass wordClass)
    {
        foreach (var line in File.ReadLines(path))
        {
            int space = line.IndexOf(' ');
            if (space > 0 && !line.AsSpan(0, space).Contains('_'))
            {
                Add(classes, line[..space], wordClass);
            }
        }
    }

    private static void Add(Dictionary<string, ushort> classes, string word, WordClass c) =>
        classes[word] = (ushort)(classes.GetValueOrDefault(word) | (ushort)c);

    internal void Save(BinaryWriter writer) => ModelIO.WriteWordValues(writer, _classes);

    internal static WordLexicon Load(BinaryReader reader) => new(new SpanKeyedTable<ushort>(ModelIO.ReadWordValues(reader)));
}
