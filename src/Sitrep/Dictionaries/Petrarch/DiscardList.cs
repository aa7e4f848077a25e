using Sitrep.Dictionaries.Petrarch.Internal;

namespace Sitrep.Dictionaries.Petrarch;

/// <summary>
/// A discard phrase: a sentence (or, with <see cref="WholeStory"/>, a story) containing it is not coded.
/// <see cref="ExactWord"/> records a final <c>_</c> (TABARI's "no stemming" mark); PETRARCH2 matches whole
/// words either way.
/// </summary>
public sealed record DiscardEntry(string Phrase, bool WholeStory, bool ExactWord);

/// <summary>
/// PETRARCH discard lists (Phoenix.discards.txt): phrases marking sports, history and other text not to code.
/// <c>+PHRASE</c> discards the whole story. Matching ignores case and takes whole words, as PETRARCH2 does
/// (it compares whitespace-separated tokens): "CHAMPION" does not discard "championship", nor "1991" a
/// sentence about "the 1991-1995 war"; a hyphen joins words.
/// </summary>
public sealed class DiscardList
{
    private readonly DiscardEntry[] _entries;

    // Entries indexed by the first four letters of their first word, so a text is checked word by word.
    private readonly Dictionary<string, List<DiscardEntry>> _byPrefix = new(StringComparer.OrdinalIgnoreCase);

    private const int PrefixLength = 4;

    private DiscardList(DiscardEntry[] entries, IReadOnlyList<DictionaryIssue> issues)
    {
        _entries = entries;
        Issues = issues;
        foreach (var e in entries)
        {
            string key = e.Phrase.Length > PrefixLength ? e.Phrase[..PrefixLength] : e.Phrase;
            if (!_byPrefix.TryGetValue(key, out var list))
            {
                _byPrefix[key] = list = [];
            }

            list.Add(e);
        }
    }

    public static DiscardList Empty { get; } = new([], []);

    public IReadOnlyList<DiscardEntry> Entries => _entries;

    public IReadOnlyList<DictionaryIssue> Issues { get; }

    /// <exception cref="DictionaryLoadException">A file is missing or unreadable.</exception>
    public static DiscardList Load(params IEnumerable<string> paths)
    {
        var entries = new List<DiscardEntry>();
        var issues = new List<DictionaryIssue>();
        foreach (var path in paths)
        {
            using var reader = DictionaryFile.Open(path);
            Read(reader, Path.GetFileName(path), entries, issues);
        }

        return new DiscardList([.. entries], issues);
    }

    public static DiscardList Parse(TextReader reader, string fileName)
    {
        var entries = new List<DiscardEntry>();
        var issues = new List<DictionaryIssue>();
        Read(reader, fileName, entries, issues);
        return new DiscardList([.. entries], issues);
    }

    /// <summary>The first discard phrase found in <paramref name="text"/> starting at a word boundary, or null.</summary>
    public DiscardEntry? FindIn(ReadOnlySpan<char> text) => FindIn(text, out _);

    /// <summary>The first discard phrase in <paramref name="text"/>, with <paramref name="position"/> its first character (-1 when none).</summary>
    public DiscardEntry? FindIn(ReadOnlySpan<char> text, out int position)
    {
        position = -1;
        if (_entries.Length == 0)
        {
            return null;
        }

        var lookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int at = 0; at < text.Length; at++)
        {
            if (!char.IsLetterOrDigit(text[at]) || (at > 0 && IsWordChar(text[at - 1])))
            {
                continue;
            }

            // Candidates share the first letters; phrases shorter than the prefix are looked up whole.
            for (int length = 1; length <= PrefixLength && at + length <= text.Length; length++)
            {
                if (!lookup.TryGetValue(text.Slice(at, length), out var candidates))
                {
                    continue;
                }

                foreach (var entry in candidates)
                {
                    if (MatchesAt(text, at, entry))
                    {
                        position = at;
                        return entry;
                    }
                }
            }
        }

        return null;
    }

    private static bool MatchesAt(ReadOnlySpan<char> text, int at, DiscardEntry entry)
    {
        int end = at + entry.Phrase.Length;
        if (end > text.Length || !text.Slice(at, entry.Phrase.Length).Equals(entry.Phrase, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return end >= text.Length || !IsWordChar(text[end]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static void Read(TextReader reader, string file, List<DiscardEntry> entries, List<DictionaryIssue> issues)
    {
        foreach (var line in DictionaryLines.Read(reader))
        {
            var content = line.Content.AsSpan();
            bool story = content[0] == '+';
            if (story)
            {
                content = content[1..].Trim();
            }

            bool exact = content.EndsWith("_");
            var words = PhraseWords.Split(content);
            if (words.Length == 0)
            {
                issues.Add(new DictionaryIssue(file, line.Number, "discard line has no phrase"));
                continue;
            }

            entries.Add(new DiscardEntry(string.Join(' ', words), story, exact));
        }
    }
}
