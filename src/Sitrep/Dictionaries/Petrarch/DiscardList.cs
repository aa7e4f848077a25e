using Sitrep.Dictionaries.Petrarch.Internal;

namespace Sitrep.Dictionaries.Petrarch;

/// <summary>A discard phrase: a sentence (or, with <see cref="WholeStory"/>, a story) containing it is not coded.</summary>
public sealed record DiscardEntry(string Phrase, bool WholeStory, bool ExactWord);

/// <summary>
/// PETRARCH discard lists (Phoenix.discards.txt): phrases marking sports, history and other text not to code.
/// <c>+PHRASE</c> discards the whole story; a final <c>_</c> requires the phrase to end at a word boundary,
/// otherwise it is a stem. Matching ignores case and starts at a word boundary.
/// </summary>
public sealed class DiscardList
{
    private readonly DiscardEntry[] _entries;

    private DiscardList(DiscardEntry[] entries, IReadOnlyList<DictionaryIssue> issues)
    {
        _entries = entries;
        Issues = issues;
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

    /// <summary>The first discard phrase found in <paramref name="text"/>, or null.</summary>
    public DiscardEntry? FindIn(ReadOnlySpan<char> text)
    {
        foreach (var entry in _entries)
        {
            int from = 0;
            while (from < text.Length)
            {
                int at = text[from..].IndexOf(entry.Phrase, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                int end = at + entry.Phrase.Length;
                bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                bool endsWord = end >= text.Length || !char.IsLetterOrDigit(text[end]);
                if (startsWord && (!entry.ExactWord || endsWord))
                {
                    return entry;
                }

                from = at + 1;
            }
        }

        return null;
    }

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
