namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>
/// Phrases as a trie of words, compared ignoring case, looked up straight from text spans so that
/// matching a sentence allocates nothing. Built once, then read-only and safe to share across threads.
/// </summary>
internal sealed class WordTrie<T>
    where T : class
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; when it is already present, the first value is kept and false returned.</summary>
    public bool Add(string[] words, T value)
    {
        if (words.Length == 0)
        {
            return false;
        }

        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(word, next);
            }

            node = next;
        }

        if (node.Value is not null)
        {
            return false;
        }

        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>
    /// The longest phrase that starts at word <paramref name="start"/>; <paramref name="length"/> is
    /// its number of words. <paramref name="wordAt"/> gives the text of word i, or an empty span past the end.
    /// </summary>
    public T? Longest<TSource>(TSource source, int start, int end, out int length)
        where TSource : IWordSource, allows ref struct
    {
        length = 0;
        T? best = null;
        var node = _root;
        for (int i = start; i < end; i++)
        {
            if (node.Children is null)
            {
                break;
            }

            var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(source.WordAt(i), out var next) && (next = ByParts(node, source.WordAt(i))) is null)
            {
                break;
            }

            node = next;
            if (node.Value is not null)
            {
                best = node.Value;
                length = i - start + 1;
            }
        }

        return best;
    }

    /// <summary>
    /// "Jean-Bertrand" against JEAN_BERTRAND: a hyphenated word the trie lacks whole is walked part by part; null
    /// unless every part matches.
    /// </summary>
    private static Node? ByParts(Node node, ReadOnlySpan<char> word)
    {
        if (word.IndexOf('-') <= 0)
        {
            return null;
        }

        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.IsEmpty || node.Children is null || !node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(part, out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }
}

/// <summary>Where a trie reads the words of a sentence from: strings, or token spans over a text.</summary>
internal interface IWordSource
{
    ReadOnlySpan<char> WordAt(int index);
}

internal readonly struct StringWords(IReadOnlyList<string> words) : IWordSource
{
    public ReadOnlySpan<char> WordAt(int index) => words[index];
}

internal readonly struct TokenWords(string text, IReadOnlyList<Sitrep.Documents.Token> tokens) : IWordSource
{
    public ReadOnlySpan<char> WordAt(int index)
    {
        var t = tokens[index];
        return text.AsSpan(t.Start, t.Length);
    }
}

/// <summary>One word as a word source, for a look-up of a word the text does not hold as a token (a singular, a compound's part).</summary>
internal readonly ref struct SingleWord(ReadOnlySpan<char> word) : IWordSource
{
    private readonly ReadOnlySpan<char> _word = word;

    public ReadOnlySpan<char> WordAt(int index) => _word;
}
