namespace Sitrep.Entities.Internal;

/// <summary>
/// Multi-word phrases keyed by their first word, matched against a run of words without building
/// strings: the longest phrase that starts at a word wins. Immutable once built; thread-safe to read.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst;
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;

    public PhraseIndex(bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byFirst = new Dictionary<string, List<(string[], T)>>(comparer);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value added for a phrase is kept (earlier data wins).</summary>
    public void Add(string phrase, T value)
    {
        var words = WordSegmenter.SplitPhrase(phrase);
        if (words.Length == 0)
        {
            return;
        }

        _firstLengths |= LengthBit(words[0].Length);
        _firstChars |= Bit(words[0][0]);
        if (_comparison == StringComparison.OrdinalIgnoreCase)
        {
            _firstChars |= Bit(char.ToUpperInvariant(words[0][0])) | Bit(char.ToLowerInvariant(words[0][0]));
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirst[words[0]] = list;
        }

        foreach (var (existing, _) in list)
        {
            if (existing.Length == words.Length && Same(existing, words))
            {
                return;
            }
        }

        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/>: its length in words, or 0.</summary>
    public int Match(string text, IReadOnlyList<Word> words, int start, int end, out T value)
    {
        value = default!;
        var first = words[start].Slice(text);

        // Most words start no phrase: 64-bit sets of first-word lengths and first characters answer
        // before any hashing (both comparisons need equal lengths).
        if ((_firstLengths & LengthBit(first.Length)) == 0 || !MayStart(first[0]) || !_lookup.TryGetValue(first, out var list))
        {
            return 0;
        }

        foreach (var (phrase, v) in list)
        {
            if (start + phrase.Length > end)
            {
                continue;
            }

            bool ok = true;
            for (int k = 1; k < phrase.Length && ok; k++)
            {
                ok = words[start + k].Slice(text).Equals(phrase[k], _comparison);
            }

            if (ok)
            {
                value = v;
                return phrase.Length;
            }
        }

        return 0;
    }

    private ulong _firstChars;
    private ulong _firstLengths;

    private static ulong Bit(char c) => 1UL << (c & 63);

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private bool MayStart(char c) => (_firstChars & Bit(c)) != 0;

    public bool Contains(ReadOnlySpan<char> single, out T value)
    {
        value = default!;
        if ((_firstLengths & LengthBit(single.Length)) != 0 && _lookup.TryGetValue(single, out var list))
        {
            foreach (var (phrase, v) in list)
            {
                if (phrase.Length == 1)
                {
                    value = v;
                    return true;
                }
            }
        }

        return false;
    }

    private bool Same(string[] a, string[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], _comparison))
            {
                return false;
            }
        }

        return true;
    }
}
