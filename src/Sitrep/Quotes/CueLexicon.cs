using System.Collections.Frozen;
using Sitrep.Documents;

namespace Sitrep.Quotes;

/// <summary>
/// The reporting words that introduce a quote or a reported statement ("said", "called for",
/// "according to", "reports of"), each with the stance it signals and the frame its content takes.
/// Loaded once from a small tab-separated table (<see cref="Default"/> is the built-in one); immutable
/// and safe to share across threads.
/// </summary>
/// <remarks>
/// One line per cue: <c>forms⇥stance⇥frame</c>. <c>forms</c> is a comma-separated list of the
/// inflected forms (a form may have several words: "called for"); <c>stance</c> is <c>reports</c>
/// (neutral), <c>asserts</c>, <c>predicts</c>, <c>denies</c>, <c>demands</c> or <c>accuses</c>;
/// <c>frame</c> is one of <c>clause</c> (said (that) …), <c>that</c> (needs "that": fear that …),
/// <c>tell</c> (told X that …), <c>object</c> (called for X), <c>as</c> (described X as Y),
/// <c>noun</c> (reports of X), <c>according</c> (according to X) and <c>hearsay</c> (are said to …).
/// Blank lines and lines starting with # are ignored.
/// </remarks>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueEntry[]> _byFirstWord;
    private readonly FrozenDictionary<string, CueEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CueLexicon(FrozenDictionary<string, CueEntry[]> byFirstWord, int count)
    {
        _byFirstWord = byFirstWord;
        _lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
    }

    /// <summary>The built-in English lexicon.</summary>
    public static CueLexicon Default { get; } = Parse(BuiltInCues.Table, "built-in cue lexicon");

    /// <summary>Number of cue forms.</summary>
    public int Count { get; }

    /// <summary>Reads a lexicon file. Throws <see cref="InvalidDataException"/> with a one-line message naming the file and line.</summary>
    public static CueLexicon Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"{path}: cannot read cue lexicon ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidDataException($"{path}: cannot read cue lexicon ({ex.Message})", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses lexicon text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static CueLexicon Parse(string text, string sourceName)
    {
        var map = new Dictionary<string, List<CueEntry>>(StringComparer.OrdinalIgnoreCase);
        int count = 0;
        int lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw Bad(sourceName, lineNumber, $"expected 3 tab-separated fields (forms, stance, frame), found {fields.Length}");
            }

            var stance = ParseStance(fields[1].Trim()) ?? throw Bad(sourceName, lineNumber, $"unknown stance '{fields[1].Trim()}'");
            var frame = ParseFrame(fields[2].Trim()) ?? throw Bad(sourceName, lineNumber, $"unknown frame '{fields[2].Trim()}'");
            bool isBase = true;
            foreach (var form in fields[0].Split(','))
            {
                var words = form.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    throw Bad(sourceName, lineNumber, "empty form in the forms list");
                }

                if (!map.TryGetValue(words[0], out var list))
                {
                    map[words[0]] = list = [];
                }

                // The first form of a line is the base form ("say"), which needs a plural or pronoun subject.
                list.Add(new CueEntry(words, stance, frame, isBase && frame is not (CueFrame.Noun or CueFrame.According or CueFrame.Hearsay)));
                isBase = false;
                count++;
            }
        }

        if (count == 0)
        {
            throw new InvalidDataException($"{sourceName}: the cue lexicon has no entries");
        }

        // Longest forms first so "called for" wins over "called".
        var frozen = map.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        return new CueLexicon(frozen, count);
    }

    internal bool TryGetCandidates(ReadOnlySpan<char> firstWord, out CueEntry[] entries)
    {
        if (_lookup.TryGetValue(firstWord, out var found))
        {
            entries = found;
            return true;
        }

        entries = [];
        return false;
    }

    internal bool Contains(string firstWord) => _byFirstWord.ContainsKey(firstWord);

    private static InvalidDataException Bad(string source, int line, string problem) =>
        new($"{source}:{line}: {problem}");

    private static CueStance? ParseStance(string s) => s switch
    {
        "reports" => CueStance.Reports,
        "asserts" => CueStance.Asserts,
        "predicts" => CueStance.Predicts,
        "denies" => CueStance.Denies,
        "demands" => CueStance.Demands,
        "accuses" => CueStance.Accuses,
        _ => null,
    };

    private static CueFrame? ParseFrame(string s) => s switch
    {
        "clause" => CueFrame.Clause,
        "that" => CueFrame.That,
        "tell" => CueFrame.Tell,
        "object" => CueFrame.Object,
        "as" => CueFrame.As,
        "noun" => CueFrame.Noun,
        "according" => CueFrame.According,
        "hearsay" => CueFrame.Hearsay,
        _ => null,
    };
}

/// <summary>The stance a cue word signals; <see cref="Reports"/> is neutral ("said").</summary>
internal enum CueStance
{
    Reports,
    Asserts,
    Predicts,
    Denies,
    Demands,
    Accuses,
}

/// <summary>Where a cue's content is found, relative to the cue.</summary>
internal enum CueFrame
{
    Clause,
    That,
    Tell,
    Object,
    As,
    Noun,
    According,
    Hearsay,
}

/// <summary>One cue form: its lower-case words, stance and frame.</summary>
internal sealed record CueEntry(string[] Words, CueStance Stance, CueFrame Frame, bool IsBaseForm)
{
    public Stance? ClaimStance => Stance switch
    {
        CueStance.Asserts => Documents.Stance.Asserts,
        CueStance.Predicts => Documents.Stance.Predicts,
        CueStance.Denies => Documents.Stance.Denies,
        CueStance.Demands => Documents.Stance.Demands,
        CueStance.Accuses => Documents.Stance.Accuses,
        _ => null,
    };
}
