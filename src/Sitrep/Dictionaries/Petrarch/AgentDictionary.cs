using Sitrep.Dictionaries.Petrarch.Internal;
using Sitrep.Documents;

namespace Sitrep.Dictionaries.Petrarch;

/// <summary>
/// An agent: a role such as "foreign minister" ([~GOVFRM]) or "MSF" ([NGO~]). A code written
/// <c>~GOV</c> is appended to the actor's code (SYR + GOV → SYRGOV); one written <c>NGO~</c> is put before it.
/// </summary>
public sealed record AgentEntry(string Phrase, string Code, bool IsPrefix)
{
    /// <summary>Combines the agent with an actor code; a null actor gives the agent alone.</summary>
    public string ApplyTo(string? actorCode)
    {
        actorCode ??= string.Empty;
        return IsPrefix ? Code + actorCode : actorCode + Code;
    }
}

public readonly record struct AgentMatch(int Start, int Length, AgentEntry Entry)
{
    public int End => Start + Length;
}

/// <summary>
/// PETRARCH agent dictionaries (Phoenix.agents.txt): <c>PHRASE {PLURAL} [~CODE]</c>, with regular plurals
/// generated, <c>{}</c> to suppress them, and <c>!SET! = A, B</c> substitution sets. Immutable, thread-safe;
/// malformed lines are reported in <see cref="Issues"/> and skipped.
/// </summary>
public sealed class AgentDictionary
{
    private readonly WordTrie<AgentEntry> _phrases;

    private AgentDictionary(WordTrie<AgentEntry> phrases, IReadOnlyList<DictionaryIssue> issues, int entries)
    {
        _phrases = phrases;
        Issues = issues;
        EntryCount = entries;
    }

    public static AgentDictionary Empty { get; } = new(new WordTrie<AgentEntry>(), [], 0);

    public IReadOnlyList<DictionaryIssue> Issues { get; }

    public int EntryCount { get; }

    public int PhraseCount => _phrases.Count;

    /// <exception cref="DictionaryLoadException">A file is missing or unreadable.</exception>
    public static AgentDictionary Load(params IEnumerable<string> paths)
    {
        var trie = new WordTrie<AgentEntry>();
        var issues = new List<DictionaryIssue>();
        int entries = 0;
        foreach (var path in paths)
        {
            using var reader = DictionaryFile.Open(path);
            entries += Read(reader, Path.GetFileName(path), trie, issues);
        }

        return new AgentDictionary(trie, issues, entries);
    }

    public static AgentDictionary Parse(TextReader reader, string fileName)
    {
        var trie = new WordTrie<AgentEntry>();
        var issues = new List<DictionaryIssue>();
        int entries = Read(reader, fileName, trie, issues);
        return new AgentDictionary(trie, issues, entries);
    }

    public AgentMatch? Match(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var entry = _phrases.Longest(new TokenWords(text, tokens), start, Math.Min(end, tokens.Count), out int length);
        return entry is null ? null : new AgentMatch(start, length, entry);
    }

    public AgentMatch? Match(IReadOnlyList<string> words, int start)
    {
        var entry = _phrases.Longest(new StringWords(words), start, words.Count, out int length);
        return entry is null ? null : new AgentMatch(start, length, entry);
    }

    private static int Read(TextReader reader, string file, WordTrie<AgentEntry> trie, List<DictionaryIssue> issues)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        int entries = 0;
        foreach (var line in DictionaryLines.Read(reader))
        {
            var content = line.Content.AsSpan();
            if (content[0] == '!' && content.IndexOf('=') > 0)
            {
                int eq = content.IndexOf('=');
                var name = content[..eq].Trim();
                if (name.Length < 3 || name[^1] != '!')
                {
                    issues.Add(new DictionaryIssue(file, line.Number, $"substitution set name '{name}' must look like !NAME!"));
                    continue;
                }

                var items = content[(eq + 1)..].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                substitutions[name.ToString()] = [.. items.Select(i => i.ToUpperInvariant())];
                continue;
            }

            int open = content.IndexOf('[');
            int close = open < 0 ? -1 : content[open..].IndexOf(']');
            if (open < 0 || close < 0)
            {
                issues.Add(new DictionaryIssue(file, line.Number, $"agent '{line.Content}' has no [code]"));
                continue;
            }

            var codeText = content.Slice(open + 1, close - 1).Trim();
            bool prefix = codeText.EndsWith("~");
            bool suffix = codeText.StartsWith("~");
            if (prefix == suffix || codeText.Length < 2)
            {
                issues.Add(new DictionaryIssue(file, line.Number, $"agent code '[{codeText}]' must begin or end with ~"));
                continue;
            }

            string code = (prefix ? codeText[..^1] : codeText[1..]).Trim().ToString().ToUpperInvariant();
            var head = content[..open];
            string? plural = null;
            bool noPlural = false;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}');
                if (braceEnd < brace)
                {
                    issues.Add(new DictionaryIssue(file, line.Number, "plural '{' is not closed by '}'"));
                    continue;
                }

                var inside = head.Slice(brace + 1, braceEnd - brace - 1).Trim();
                noPlural = inside.IsEmpty;
                plural = inside.IsEmpty ? null : inside.ToString();
                head = head[..brace];
            }

            string phrase = head.Trim().ToString();
            if (phrase.Length == 0)
            {
                issues.Add(new DictionaryIssue(file, line.Number, "agent line has no phrase"));
                continue;
            }

            var expanded = Expand(phrase, substitutions, out string? missing);
            if (missing is not null)
            {
                issues.Add(new DictionaryIssue(file, line.Number, $"substitution set {missing} is not defined before use"));
                continue;
            }

            var entry = new AgentEntry(phrase.ToUpperInvariant(), code, prefix);
            foreach (var form in expanded)
            {
                var words = PhraseWords.Split(form, asTokens: true);
                if (words.Length == 0)
                {
                    continue;
                }

                trie.Add(words, entry);
                // Forms made by substitution already carry their number (MAN, MEN); others get a plural.
                if (!noPlural && plural is null && expanded.Count == 1)
                {
                    var pluralWords = (string[])words.Clone();
                    pluralWords[^1] = PhraseWords.Plural(pluralWords[^1]);
                    trie.Add(pluralWords, entry);
                }
            }

            if (plural is not null)
            {
                trie.Add(PhraseWords.Split(plural, asTokens: true), entry);
            }

            entries++;
        }

        return entries;
    }

    /// <summary>Replaces each <c>!SET!</c> marker by every member of the set.</summary>
    private static List<string> Expand(string phrase, Dictionary<string, string[]> substitutions, out string? missing)
    {
        missing = null;
        int open = phrase.IndexOf('!');
        if (open < 0)
        {
            return [phrase];
        }

        int close = phrase.IndexOf('!', open + 1);
        if (close < 0)
        {
            return [phrase.Replace("!", string.Empty)];
        }

        string marker = phrase[open..(close + 1)];
        if (!substitutions.TryGetValue(marker, out var items))
        {
            missing = marker;
            return [];
        }

        var result = new List<string>();
        foreach (var item in items)
        {
            var inner = Expand(string.Concat(phrase.AsSpan(0, open), item, phrase.AsSpan(close + 1)), substitutions, out missing);
            if (missing is not null)
            {
                return [];
            }

            result.AddRange(inner);
        }

        return result;
    }
}
