namespace Sitrep.Nlp.Internal;

/// <summary>
/// A read-only string-keyed map that is looked up with a character span, so the hot path never builds
/// a key string (Dictionary's alternate lookup). Safe to share across threads once built.
/// </summary>
internal sealed class SpanKeyedTable<TValue>
{
    private readonly Dictionary<string, TValue> _map;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanKeyedTable(Dictionary<string, TValue> map)
    {
        _map = new Dictionary<string, TValue>(map, StringComparer.Ordinal);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _map.Count;

    public IReadOnlyDictionary<string, TValue> Map => _map;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => _lookup.TryGetValue(key, out value!);
}
