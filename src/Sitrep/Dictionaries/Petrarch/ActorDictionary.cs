using Sitrep.Dictionaries.Petrarch.Internal;
using Sitrep.Documents;

namespace Sitrep.Dictionaries.Petrarch;

/// <summary>
/// A code valid over a span of time: <c>[SYRGOV &gt;000717]</c> (from), <c>[HOB &lt;950601]</c> (before),
/// <c>[HOBGOV 950601-990815]</c> (between; limits included), or <c>[SYR]</c> (always: the default).
/// </summary>
public sealed record DatedActorCode(string Code, DateOnly? From, DateOnly? Until)
{
    public bool IsDefault => From is null && Until is null;

    public bool AppliesOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
}

/// <summary>One actor record: its primary phrase and the codes it gets, in file order.</summary>
public sealed record ActorEntry(string Phrase, IReadOnlyList<DatedActorCode> Codes)
{
    /// <summary>
    /// The code(s) for a date: the first date restriction that holds, else the default code. With no date,
    /// the default code, or failing that the last restriction listed (the most recent role). Several
    /// codes come back where the dictionary lists alternatives as <c>[FRO/BIL/SAM]</c>; none where the
    /// actor is null (<c>[---]</c>) or has no code that applies.
    /// </summary>
    public IReadOnlyList<string> CodesOn(DateOnly? date)
    {
        DatedActorCode? chosen = null;
        if (date is { } d)
        {
            foreach (var c in Codes)
            {
                if (!c.IsDefault && c.AppliesOn(d))
                {
                    chosen = c;
                    break;
                }
            }
        }

        if (chosen is null)
        {
            foreach (var c in Codes)
            {
                if (c.IsDefault)
                {
                    chosen = c;
                    break;
                }
            }
        }

        if (chosen is null && date is null && Codes.Count > 0)
        {
            chosen = Codes[^1];
        }

        if (chosen is null || chosen.Code == "---")
        {
            return [];
        }

        return chosen.Code.Contains('/') ? chosen.Code.Split('/', StringSplitOptions.RemoveEmptyEntries) : [chosen.Code];
    }
}

/// <summary>A phrase found in a sentence: words [Start, Start + Length) matched <see cref="Entry"/>.</summary>
public readonly record struct ActorMatch(int Start, int Length, ActorEntry Entry)
{
    public int End => Start + Length;
}

/// <summary>
/// PETRARCH actor dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt …):
/// phrases with synonyms (<c>+</c> lines) and date-restricted codes (indented <c>[CODE &gt;YYMMDD]</c>).
/// Load once; the dictionary is immutable and thread-safe. Malformed lines are reported in
/// <see cref="Issues"/> as <c>file:line</c> and skipped, never thrown.
/// </summary>
public sealed class ActorDictionary
{
    private readonly WordTrie<ActorEntry> _phrases;

    private ActorDictionary(WordTrie<ActorEntry> phrases, IReadOnlyList<DictionaryIssue> issues, int entries)
    {
        _phrases = phrases;
        Issues = issues;
        EntryCount = entries;
    }

    public static ActorDictionary Empty { get; } = new(new WordTrie<ActorEntry>(), [], 0);

    /// <summary>Lines that were skipped, each with file and line number.</summary>
    public IReadOnlyList<DictionaryIssue> Issues { get; }

    /// <summary>Actor records read (a record with synonyms counts once).</summary>
    public int EntryCount { get; }

    /// <summary>Phrases that can be matched, synonyms included.</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>Reads and merges actor dictionary files; the first file to define a phrase wins.</summary>
    /// <exception cref="DictionaryLoadException">A file is missing or unreadable.</exception>
    public static ActorDictionary Load(params IEnumerable<string> paths)
    {
        var builder = new Builder();
        foreach (var path in paths)
        {
            using var reader = DictionaryFile.Open(path);
            builder.Read(reader, Path.GetFileName(path));
        }

        return builder.Build();
    }

    /// <summary>Reads one dictionary from a reader; <paramref name="fileName"/> names it in issues.</summary>
    public static ActorDictionary Parse(TextReader reader, string fileName)
    {
        var builder = new Builder();
        builder.Read(reader, fileName);
        return builder.Build();
    }

    /// <summary>The longest actor phrase starting at token <paramref name="start"/> (tokens before <paramref name="end"/>).</summary>
    public ActorMatch? Match(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var entry = _phrases.Longest(new TokenWords(text, tokens), start, Math.Min(end, tokens.Count), out int length);
        return entry is null ? null : new ActorMatch(start, length, entry);
    }

    /// <summary>The actor whose phrase is exactly the one word <paramref name="word"/>, or null; allocates nothing.</summary>
    public ActorEntry? MatchWord(ReadOnlySpan<char> word)
    {
        var entry = _phrases.Longest(new SingleWord(word), 0, 1, out int length);
        return length == 1 ? entry : null;
    }

    /// <summary>The longest actor phrase starting at word <paramref name="start"/> of a word list.</summary>
    public ActorMatch? Match(IReadOnlyList<string> words, int start)
    {
        var entry = _phrases.Longest(new StringWords(words), start, words.Count, out int length);
        return entry is null ? null : new ActorMatch(start, length, entry);
    }

    private sealed class Builder
    {
        private readonly WordTrie<ActorEntry> _trie = new();
        private readonly List<DictionaryIssue> _issues = [];
        private int _entries;

        public ActorDictionary Build() => new(_trie, _issues, _entries);

        public void Read(TextReader reader, string file)
        {
            // A record is open from its primary line until the next primary line.
            var phrases = new List<(string[] Words, int Line)>();
            var codes = new List<DatedActorCode>();
            string? primary = null;

            foreach (var line in DictionaryLines.Read(reader))
            {
                var content = line.Content.AsSpan();
                if (content[0] == '+')
                {
                    if (primary is null)
                    {
                        _issues.Add(new DictionaryIssue(file, line.Number, $"synonym '{line.Content}' comes before any actor"));
                        continue;
                    }

                    AddPhrase(content[1..], file, line.Number, phrases, codes);
                    continue;
                }

                if (content[0] == '[')
                {
                    if (primary is null)
                    {
                        _issues.Add(new DictionaryIssue(file, line.Number, $"code block '{line.Content}' comes before any actor"));
                        continue;
                    }

                    ReadCodes(content, file, line.Number, codes);
                    continue;
                }

                Flush(primary, phrases, codes);
                primary = line.Content;
                AddPhrase(content, file, line.Number, phrases, codes);
            }

            Flush(primary, phrases, codes);
        }

        private void AddPhrase(ReadOnlySpan<char> content, string file, int lineNumber, List<(string[], int)> phrases, List<DatedActorCode> codes)
        {
            int bracket = content.IndexOf('[');
            var phrase = bracket >= 0 ? content[..bracket] : content;
            var words = PhraseWords.Split(phrase, asTokens: true);
            if (words.Length == 0)
            {
                _issues.Add(new DictionaryIssue(file, lineNumber, "no actor phrase before the code"));
                return;
            }

            phrases.Add((words, lineNumber));
            if (bracket >= 0)
            {
                ReadCodes(content[bracket..], file, lineNumber, codes);
            }
        }

        private void Flush(string? primary, List<(string[] Words, int Line)> phrases, List<DatedActorCode> codes)
        {
            if (primary is not null && phrases.Count > 0)
            {
                var entry = new ActorEntry(string.Join(' ', phrases[0].Words), [.. codes]);
                foreach (var (words, _) in phrases)
                {
                    _trie.Add(words, entry);
                }

                _entries++;
            }

            phrases.Clear();
            codes.Clear();
        }

        /// <summary>Reads one or more <c>[CODE restriction]</c> blocks on a line.</summary>
        private void ReadCodes(ReadOnlySpan<char> content, string file, int lineNumber, List<DatedActorCode> codes)
        {
            while (true)
            {
                int open = content.IndexOf('[');
                if (open < 0)
                {
                    return;
                }

                int close = content[open..].IndexOf(']');
                if (close < 0)
                {
                    _issues.Add(new DictionaryIssue(file, lineNumber, "code block '[' is not closed by ']'"));
                    return;
                }

                var inner = content.Slice(open + 1, close - 1).Trim();
                if (TryParseCode(inner, out var code, out string? error))
                {
                    codes.Add(code);
                }
                else
                {
                    _issues.Add(new DictionaryIssue(file, lineNumber, error!));
                }

                content = content[(open + close + 1)..];
            }
        }

        private static bool TryParseCode(ReadOnlySpan<char> inner, out DatedActorCode code, out string? error)
        {
            code = null!;
            error = null;
            int space = inner.IndexOfAny(' ', '\t');
            var name = space < 0 ? inner : inner[..space];
            var restriction = space < 0 ? [] : inner[(space + 1)..].Trim();
            if (name.IsEmpty || name[0] is '<' or '>' || char.IsAsciiDigit(name[0]))
            {
                error = $"code block '[{inner}]' has no actor code";
                return false;
            }

            string codeText = name.ToString().ToUpperInvariant();
            if (restriction.IsEmpty)
            {
                code = new DatedActorCode(codeText, null, null);
                return true;
            }

            if (restriction[0] is '<' or '>')
            {
                if (!PetrarchDate.TryParse(restriction[1..], out var date))
                {
                    error = $"bad date '{restriction[1..].Trim()}' in '[{inner}]' (expected YYMMDD or YYYYMMDD)";
                    return false;
                }

                code = restriction[0] == '<'
                    ? new DatedActorCode(codeText, null, date)
                    : new DatedActorCode(codeText, date, null);
                return true;
            }

            int dash = restriction.IndexOf('-');
            if (dash < 0 || !PetrarchDate.TryParse(restriction[..dash], out var from) || !PetrarchDate.TryParse(restriction[(dash + 1)..], out var until))
            {
                error = $"bad date restriction '{restriction}' in '[{inner}]' (expected <date, >date or date-date)";
                return false;
            }

            if (until < from)
            {
                error = $"date range '{restriction}' ends before it starts";
                return false;
            }

            code = new DatedActorCode(codeText, from, until);
            return true;
        }
    }
}
