using Sitrep.Dictionaries.Petrarch.Internal;

namespace Sitrep.Dictionaries.Petrarch;

/// <summary>
/// A PETRARCH verb-pattern dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt, or Sitrep's own in
/// data/events): synsets (<c>&amp;NAME</c> + <c>+phrase</c> lines), verb blocks (<c>--- NAME [code] ---</c>),
/// verbs with irregular forms in <c>{…}</c>, and patterns (<c>- … * … [code]</c>). Every inflected form
/// of a verb is indexed so text can be looked up word by word. Immutable and thread-safe once loaded;
/// malformed lines are reported in <see cref="Issues"/> and skipped.
/// </summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, List<VerbEntry>> _forms;
    private readonly Dictionary<string, string[][]> _synsets;
    private readonly Dictionary<string, Dictionary<string, List<string[]>>> _synsetsByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    private VerbDictionary(Dictionary<string, List<VerbEntry>> forms, Dictionary<string, string[][]> synsets, List<VerbBlock> blocks, IReadOnlyList<DictionaryIssue> issues)
    {
        _forms = forms;
        _synsets = synsets;
        Blocks = blocks;
        Issues = issues;
        foreach (var (label, phrases) in synsets)
        {
            var byFirst = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
            foreach (var phrase in phrases)
            {
                if (!byFirst.TryGetValue(phrase[0], out var list))
                {
                    byFirst[phrase[0]] = list = [];
                }

                list.Add(phrase);
            }

            _synsetsByFirstWord[label] = byFirst;
        }
    }

    public static VerbDictionary Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), [], []);

    public IReadOnlyList<VerbBlock> Blocks { get; }

    public IReadOnlyList<DictionaryIssue> Issues { get; }

    public int FormCount => _forms.Count;

    public int PatternCount
    {
        get
        {
            int n = 0;
            foreach (var b in Blocks)
            {
                n += b.Patterns.Count;
            }

            return n;
        }
    }

    /// <exception cref="DictionaryLoadException">A file is missing or unreadable.</exception>
    public static VerbDictionary Load(params IEnumerable<string> paths)
    {
        var reader = new VerbDictionaryReader();
        foreach (var path in paths)
        {
            using var text = DictionaryFile.Open(path);
            reader.Read(text, Path.GetFileName(path));
        }

        return reader.Build();
    }

    public static VerbDictionary Parse(TextReader text, string fileName)
    {
        var reader = new VerbDictionaryReader();
        reader.Read(text, fileName);
        return reader.Build();
    }

    /// <summary>The verbs a word form (any inflection, any case) can be; empty when none.</summary>
    public IReadOnlyList<VerbEntry> Lookup(ReadOnlySpan<char> word)
    {
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var list) ? list : [];
    }

    /// <summary>The phrases of a synset that begin with <paramref name="word"/>, without allocating.</summary>
    public IReadOnlyList<string[]> SynsetStartingWith(string label, ReadOnlySpan<char> word)
    {
        if (!_synsetsByFirstWord.TryGetValue(label.TrimEnd('_'), out var byFirst))
        {
            return [];
        }

        return byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var list) ? list : [];
    }

    /// <summary>The phrases of a synset (each a word array), or empty when it is not defined.</summary>
    public IReadOnlyList<string[]> Synset(string label) =>
        _synsets.TryGetValue(label.TrimEnd('_'), out var phrases) ? phrases : [];

    internal static VerbDictionary Create(Dictionary<string, List<VerbEntry>> forms, Dictionary<string, string[][]> synsets, List<VerbBlock> blocks, List<DictionaryIssue> issues) =>
        new(forms, synsets, blocks, issues);
}
