namespace Sitrep.Entities.Internal;

/// <summary>
/// A word-keyed dictionary looked up straight from a span of the text, so testing a word against a
/// list allocates nothing. Built once, then read-only; thread-safe to read.
/// </summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(bool ignoreCase = false, IEnumerable<KeyValuePair<string, T>>? items = null)
    {
        _map = new Dictionary<string, T>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, value) in items ?? [])
        {
            _map[key] = value;
        }
    }

    public int Count => _map.Count;

    public T this[string key]
    {
        get => _map[key];
        set => _map[key] = value;
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => _lookup.TryGetValue(word, out value!);

    public bool TryAdd(string key, T value) => _map.TryAdd(key, value);
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
