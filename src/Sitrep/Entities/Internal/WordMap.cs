namespace Sitrep.Entities.Internal;

/// <summary>
/// A word-keyed dictionary looked up straight from a span of the text, so testing a word against a
/// list allocates nothing. Built once, then read-only; thread-safe to read.
/// </summary>
/// <remarks>
/// The entity stage tests every word of a document against dozens of lists and almost every test
/// fails, so the lengths and first letters of the keys are kept as bit sets that answer most
/// misses before any hashing. Both are exact filters: ordinal and ordinal-ignore-case equality
/// need equal lengths, and a word whose first character could fold onto a key's is never rejected.
/// </remarks>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool _ignoreCase;
    private ulong _lengths; // bit min(length, 63) of every key
    private ulong _firsts; // bit (c & 63) of every key's first character, ASCII letters lower-cased when ignoring case
    private bool _anyFirst; // a key starts with a character the first-letter set cannot speak for

    public WordMap(bool ignoreCase = false, IEnumerable<KeyValuePair<string, T>>? items = null)
    {
        _ignoreCase = ignoreCase;
        _map = new Dictionary<string, T>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, value) in items ?? [])
        {
            this[key] = value;
        }
    }

    public int Count => _map.Count;

    public T this[string key]
    {
        get => _map[key];
        set
        {
            Note(key);
            _map[key] = value;
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && _lookup.ContainsKey(word);

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (!MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }

    public bool TryAdd(string key, T value)
    {
        Note(key);
        return _map.TryAdd(key, value);
    }

    private void Note(string key)
    {
        _lengths |= 1UL << Math.Min(key.Length, 63);
        if (key.Length > 0 && key[0] < 128)
        {
            _firsts |= 1UL << (Fold(key[0]) & 63);
        }
        else if (key.Length > 0 && _ignoreCase)
        {
            _anyFirst = true; // a non-ASCII letter may fold onto an ASCII one (the Kelvin sign and "k")
        }
    }

    private bool MayContain(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        return _anyFirst || word.Length == 0 || word[0] >= 128 || (_firsts & (1UL << (Fold(word[0]) & 63))) != 0;
    }

    private char Fold(char c) => _ignoreCase && c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}

/// <summary>A word list looked up from spans: see <see cref="WordMap{T}"/>.</summary>
internal sealed class WordSet
{
    private readonly WordMap<bool> _map;

    public WordSet(bool ignoreCase, params IEnumerable<string> words)
    {
        _map = new WordMap<bool>(ignoreCase, words.Select(w => KeyValuePair.Create(w, true)));
    }

    public bool Contains(ReadOnlySpan<char> word) => _map.Contains(word);

    public void Add(string word) => _map.TryAdd(word, true);
}
