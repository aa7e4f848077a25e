using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Quotes.Internal;

/// <summary>Who a quote is attributed to: the words naming the speaker, and the entity or name they resolve to.</summary>
internal readonly record struct SpeakerRef(TextSpan? Mention, string? EntityId, string? Name, bool IsPerson)
{
    public bool IsEmpty => Mention is null && EntityId is null && Name is null;
}

/// <summary>
/// Turns the words naming a speaker into an entity id where the entity layer has one (a mention
/// covering the words, or an entity of that name), and otherwise into the name the text gives: the
/// antecedent of a pronoun (the most recent person in subject position), the person or body a title
/// or description stands for ("the Foreign Secretary", "the ministry"), or the words themselves.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly string _text;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly List<TextSpan> _sentences;
    private readonly (int Start, int End, Entity Entity)[] _mentions;
    private readonly List<(int Offset, int Sentence, SpeakerRef Speaker)> _notedPeople = [];
    private readonly List<Word> _scratch = [];

    public SpeakerResolver(string text, IReadOnlyList<Entity> entities, List<TextSpan> sentences)
    {
        _text = text;
        _entities = entities;
        _sentences = sentences;
        var mentions = new List<(int, int, Entity)>();
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                mentions.Add((m.Start, m.End, e));
            }
        }

        mentions.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        _mentions = [.. mentions];
    }

    private bool HasEntities => _mentions.Length > 0;

    /// <summary>Records a person who spoke, so a later "he said" can find them.</summary>
    public void NotePerson(int offset, int sentence, SpeakerRef speaker)
    {
        if (speaker.IsPerson && (speaker.EntityId is not null || speaker.Name is not null))
        {
            _notedPeople.Add((offset, sentence, speaker));
        }
    }

    /// <summary>Resolves a noun phrase naming the speaker.</summary>
    public SpeakerRef Resolve(TextSpan np, int sentence)
    {
        if (np.IsEmpty)
        {
            return default;
        }

        var words = np.Text(_text);
        if (IsOneOf(words, WordLists.SubjectPronouns))
        {
            return ResolvePronoun(np, sentence);
        }

        if (BestEntityIn(np) is { } inside)
        {
            return new SpeakerRef(np, inside.Id, inside.Name, inside.Type == EntityType.Person);
        }

        if (EntityNamed(np) is { } named)
        {
            return new SpeakerRef(np, named.Id, named.Name, named.Type == EntityType.Person);
        }

        bool startsWithThe = words.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        if (startsWithThe && ResolveDescription(np) is { } described)
        {
            return described;
        }

        return new SpeakerRef(np, null, words, LooksLikePersonName(np));
    }

    /// <summary>A he/she pronoun: the earliest person of the nearest earlier sentence that names one.</summary>
    public SpeakerRef ResolvePronoun(TextSpan pronoun, int sentence)
    {
        var word = pronoun.Slice(_text);
        bool personal = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
        if (!personal)
        {
            return new SpeakerRef(pronoun, null, null, false);
        }

        for (int k = sentence - 1; k >= 0 && k >= sentence - 4; k--)
        {
            // "He became …": a sentence led by a pronoun continues the same person; look further back.
            if (StartsWithPersonalPronoun(_sentences[k]))
            {
                continue;
            }

            if (EarliestPersonIn(_sentences[k].Start, _sentences[k].End) is { } found)
            {
                return found with { Mention = pronoun };
            }
        }

        if (sentence >= 0 && sentence < _sentences.Count && EarliestPersonIn(_sentences[sentence].Start, pronoun.Start) is { } same)
        {
            return same with { Mention = pronoun };
        }

        return new SpeakerRef(pronoun, null, null, true);
    }

    private SpeakerRef? EarliestPersonIn(int start, int end)
    {
        SpeakerRef? best = null;
        int bestOffset = int.MaxValue;
        foreach (var (ms, me, e) in _mentions)
        {
            if (ms >= end)
            {
                break;
            }

            if (ms >= start && e.Type == EntityType.Person)
            {
                best = new SpeakerRef(new TextSpan(ms, me), e.Id, e.Name, true);
                bestOffset = ms;
                break;
            }
        }

        foreach (var (offset, _, speaker) in _notedPeople)
        {
            if (offset >= start && offset < end && offset < bestOffset)
            {
                best = speaker;
                bestOffset = offset;
            }
        }

        if (best is null && !HasEntities && SentenceInitialName(start, end) is { } name)
        {
            best = new SpeakerRef(name, null, name.Text(_text), true);
        }

        return best;
    }

    /// <summary>Without an entity layer: a capitalised name opening the sentence and followed by a verb ("Tlas was …").</summary>
    private TextSpan? SentenceInitialName(int start, int end)
    {
        _scratch.Clear();
        WordScanner.Scan(_text, start, Math.Min(end, start + 200), _scratch);
        int i = 0;
        while (i < _scratch.Count && WordScanner.IsCapitalised(_text, _scratch[i]) && !WordScanner.IsAnyOf(_text, _scratch[i], WordLists.CapitalisedFunctionWords) && !WordScanner.IsAnyOf(_text, _scratch[i], WordLists.Determiners))
        {
            i++;
        }

        if (i == 0 || i >= _scratch.Count)
        {
            return null;
        }

        var next = _scratch[i];
        bool verbNext = WordScanner.IsAnyOf(_text, next, WordLists.SubjectVerbs)
            || (!next.IsPunct && char.IsLower(_text[next.Start]) && _text.AsSpan(next.Start, next.Length).EndsWith("ed", StringComparison.Ordinal));
        return verbNext ? new TextSpan(_scratch[0].Start, _scratch[i - 1].End) : null;
    }

    private bool StartsWithPersonalPronoun(TextSpan sentence)
    {
        int i = sentence.Start;
        while (i < sentence.End && !char.IsLetter(_text[i]))
        {
            i++;
        }

        int j = i;
        while (j < sentence.End && char.IsLetter(_text[j]))
        {
            j++;
        }

        var w = _text.AsSpan(i, j - i);
        return w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entity mentioned inside the phrase: a person before an organisation before a place; the rightmost of equals.</summary>
    private Entity? BestEntityIn(TextSpan np)
    {
        Entity? best = null;
        int bestRank = int.MaxValue;
        foreach (var (ms, me, e) in _mentions)
        {
            if (ms >= np.End)
            {
                break;
            }

            if (me <= np.Start)
            {
                continue;
            }

            int rank = Rank(e.Type);
            if (rank <= bestRank)
            {
                best = e;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>An entity whose name or a mention reads the same as the phrase or its last word (a surname).</summary>
    private Entity? EntityNamed(TextSpan np)
    {
        if (_entities.Count == 0)
        {
            return null;
        }

        var phrase = StripDeterminer(np.Slice(_text));
        foreach (var e in _entities)
        {
            if (phrase.Equals(e.Name, StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }

            foreach (var m in e.Mentions)
            {
                if (phrase.Equals(m.Text, StringComparison.OrdinalIgnoreCase))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "the Foreign Secretary", "the ministry": the nearest earlier entity or capitalised name whose words
    /// contain the description ("British Foreign Secretary William Hague", "the Foreign Ministry").
    /// </summary>
    private SpeakerRef? ResolveDescription(TextSpan np)
    {
        var description = StripDeterminer(np.Slice(_text)).ToString();
        if (description.Length < 3)
        {
            return null;
        }

        Entity? bestEntity = null;
        int bestOffset = -1;
        foreach (var (ms, _, e) in _mentions)
        {
            if (ms >= np.Start)
            {
                break;
            }

            if (e.Type is EntityType.Person or EntityType.Org && ms > bestOffset && Describes(e, description))
            {
                bestEntity = e;
                bestOffset = ms;
            }
        }

        if (bestEntity is not null)
        {
            return new SpeakerRef(np, bestEntity.Id, bestEntity.Name, bestEntity.Type == EntityType.Person);
        }

        // No entity layer: find the description earlier in the text as part of a capitalised name.
        int at = _text.LastIndexOf(description, np.Start, StringComparison.OrdinalIgnoreCase);
        while (at >= 0 && at > np.Start - 20000)
        {
            var name = NameAround(at, at + description.Length);
            if (name is { } n && n.Length > description.Length)
            {
                var person = TrailingPersonName(n, at + description.Length);
                return person is { } p
                    ? new SpeakerRef(np, null, p.Text(_text), true)
                    : new SpeakerRef(np, null, n.Text(_text), false);
            }

            at = at == 0 ? -1 : _text.LastIndexOf(description, at - 1, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private bool Describes(Entity e, string description)
    {
        foreach (var m in e.Mentions)
        {
            if (WholeWords.Contain(m.Text, description))
            {
                return true;
            }
        }

        foreach (var value in e.Attributes.Values)
        {
            if (WholeWords.Contain(value, description))
            {
                return true;
            }
        }

        return WholeWords.Contain(e.Name, description);
    }

    /// <summary>The capitalised run of words around [start, end), or null when the description stands alone in lower case.</summary>
    private TextSpan? NameAround(int start, int end)
    {
        if (!char.IsUpper(_text[start]))
        {
            return null;
        }

        int s = start;
        while (true)
        {
            int prevEnd = s - 1;
            if (prevEnd <= 0 || _text[prevEnd] != ' ')
            {
                break;
            }

            int ps = prevEnd;
            while (ps > 0 && (char.IsLetter(_text[ps - 1]) || _text[ps - 1] is '-' or '.'))
            {
                ps--;
            }

            if (ps == prevEnd || !char.IsUpper(_text[ps]))
            {
                break;
            }

            s = ps;
        }

        int e = end;
        while (e + 1 < _text.Length && _text[e] == ' ' && char.IsUpper(_text[e + 1]))
        {
            int ne = e + 1;
            while (ne < _text.Length && (char.IsLetter(_text[ne]) || _text[ne] is '-' or '.'))
            {
                ne++;
            }

            e = ne;
        }

        return new TextSpan(s, e);
    }

    /// <summary>In "Foreign Secretary William Hague", the words after the title: the person's name.</summary>
    private TextSpan? TrailingPersonName(TextSpan name, int titleEnd) =>
        name.End > titleEnd + 1 ? new TextSpan(titleEnd + 1, name.End) : null;

    private bool LooksLikePersonName(TextSpan np)
    {
        var s = np.Slice(_text);
        if (s.Length == 0 || !char.IsUpper(s[0]))
        {
            return false;
        }

        // Every word capitalised (or a name particle) and not a plural common noun: "Manaf Tlas", "Nawaf al-Fares".
        foreach (var part in s.ToString().Split(' '))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(part[0]) && !part.StartsWith("al-", StringComparison.Ordinal) && !IsOneOf(part, WordLists.NameConnectors))
            {
                return false;
            }
        }

        return true;
    }

    private static int Rank(EntityType t) => t switch
    {
        EntityType.Person => 0,
        EntityType.Org => 1,
        EntityType.Gpe => 2,
        EntityType.Norp => 3,
        _ => 4,
    };

    private static ReadOnlySpan<char> StripDeterminer(ReadOnlySpan<char> s)
    {
        foreach (var d in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (s.StartsWith(d, StringComparison.OrdinalIgnoreCase))
            {
                return s[d.Length..];
            }
        }

        return s;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] list)
    {
        foreach (var l in list)
        {
            if (word.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
