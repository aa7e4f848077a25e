using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// What the entity layer knows about the document's actors, arranged for the event coder: every
/// actor-coded mention by position, singular personal pronouns ("he", "his") resolved to the person
/// mentioned last before them, the possessive "its" to the organisation or state mentioned last before it
/// ("The Red Cross said … Its teams delivered …"), and the document's focus country, which fills the country of a
/// role-only code ("---MIL" for "the military" in an article about Syria), as ICEWS-style coders do.
/// Built once per document; read-only afterwards.
/// </summary>
internal sealed class DocumentActors
{
    private static readonly string[] PersonPronouns = ["he", "she", "him", "her", "his", "hers"];

    /// <summary>How many sentences back a pronoun may look for its antecedent.</summary>
    private const int PronounReach = 2;

    /// <summary>
    /// "its" looks back one sentence only: it refers to things as often as to organisations, so a far
    /// antecedent is more often wrong than right.
    /// </summary>
    private const int ItsReach = 1;

    private readonly List<(Mention Mention, Entity Entity)> _mentions = [];

    private DocumentActors()
    {
    }

    /// <summary>
    /// The country (three letters) most actor-coded mentions belong to, when it is at least
    /// <see cref="FocusShare"/> of them and named at least <see cref="FocusMinimum"/> times; else null.
    /// </summary>
    public string? FocusCountry { get; private set; }

    private const double FocusShare = 0.4;
    private const int FocusMinimum = 3;

    public static DocumentActors Build(IReadOnlyList<Entity> entities)
    {
        var actors = new DocumentActors();
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        int coded = 0;
        foreach (var entity in entities)
        {
            if (string.IsNullOrEmpty(entity.Actor))
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                actors._mentions.Add((m, entity));
            }

            if (CountryOf(entity.Actor) is { } country)
            {
                countries[country] = countries.GetValueOrDefault(country) + entity.Mentions.Count;
                coded += entity.Mentions.Count;
            }
        }

        actors._mentions.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        string? focus = null;
        int best = 0;
        foreach (var (country, count) in countries)
        {
            if (count > best || (count == best && string.CompareOrdinal(country, focus) < 0))
            {
                (focus, best) = (country, count);
            }
        }

        if (focus is not null && best >= FocusMinimum && best >= FocusShare * coded)
        {
            actors.FocusCountry = focus;
        }

        return actors;
    }

    /// <summary>The actor phrases of one sentence as token ranges: entity mentions, then resolved pronouns.</summary>
    public List<KnownActor>? InSentence(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int sentenceIndex)
    {
        var sentence = sentences[sentenceIndex];
        List<KnownActor>? known = null;
        foreach (var (m, entity) in _mentions)
        {
            if (m.Start < sentence.Start || m.End > sentence.End)
            {
                continue;
            }

            if (TokenRange(tokens, sentence, m.Start, m.End) is { } range)
            {
                (known ??= []).Add(new KnownActor(range.Start, range.End, entity.Actor!, entity.Id));
            }
        }

        int reachStart = sentences[Math.Max(0, sentenceIndex - PronounReach)].Start;
        int itsReachStart = sentences[Math.Max(0, sentenceIndex - ItsReach)].Start;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (Covered(known, t))
            {
                continue;
            }

            Entity? antecedent = null;
            if (Words.IsAny(word, PersonPronouns))
            {
                antecedent = LastBefore(tokens[t].Start, reachStart, person: true);
            }
            else if (word.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                antecedent = LastBefore(tokens[t].Start, itsReachStart, person: false);
            }

            if (antecedent is not null)
            {
                (known ??= []).Add(new KnownActor(t, t + 1, antecedent.Actor!, antecedent.Id));
            }
        }

        return known;
    }

    /// <summary>"---MIL" becomes "SYRMIL" in a document about Syria; full codes are returned unchanged.</summary>
    public string? WithFocusCountry(string? code)
    {
        if (code is null || FocusCountry is null)
        {
            return code;
        }

        if (code.StartsWith("---", StringComparison.Ordinal) && code.Length > 3)
        {
            return FocusCountry + code[3..];
        }

        // The entity layer writes a role with no country as the bare role ("MIL").
        return code.Length == 3 && Array.IndexOf(RoleCodes, code) >= 0 ? FocusCountry + code : code;
    }

    /// <summary>CAMEO role codes that can stand where a country is missing.</summary>
    private static readonly string[] RoleCodes = ["GOV", "MIL", "REB", "OPP", "CVL", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "ELI", "LAB", "REF", "HLH", "SPY", "UAF", "PTY", "INS", "CRM", "AGR", "ENV", "DEV", "HRI", "MOD", "RAD"];

    /// <summary>The country part of an actor code, or null for international, non-state and role-only codes.</summary>
    public static string? CountryOf(string? code)
    {
        if (code is null || code.Length < 3 || code.StartsWith("---", StringComparison.Ordinal)
            || code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal)
            || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("MNC", StringComparison.Ordinal))
        {
            return null;
        }

        for (int i = 0; i < 3; i++)
        {
            if (!char.IsAsciiLetterUpper(code[i]))
            {
                return null;
            }
        }

        // A role with no country ("LEG", "MILGOV") is written without the "---" by the entity layer.
        return Array.IndexOf(RoleCodes, code[..3]) >= 0 ? null : code[..3];
    }

    /// <summary>
    /// The actor-coded person (or, with <paramref name="person"/> false, organisation or state) mentioned
    /// last before <paramref name="position"/> and not before <paramref name="reachStart"/>.
    /// </summary>
    private Entity? LastBefore(int position, int reachStart, bool person)
    {
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var (m, entity) = _mentions[i];
            if (m.End > position)
            {
                continue;
            }

            if (m.Start < reachStart)
            {
                return null;
            }

            if (person ? entity.Type == EntityType.Person : entity.Type is EntityType.Org or EntityType.Gpe)
            {
                return entity;
            }
        }

        return null;
    }

    private static bool Covered(List<KnownActor>? known, int token)
    {
        if (known is null)
        {
            return false;
        }

        foreach (var k in known)
        {
            if (token >= k.StartToken && token < k.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End)? TokenRange(IReadOnlyList<Token> tokens, Sentence sentence, int start, int end)
    {
        int first = -1, last = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (first < 0 && tokens[t].End > start)
            {
                first = t;
            }

            if (tokens[t].Start < end)
            {
                last = t + 1;
            }
        }

        return first >= 0 && last > first ? (first, last) : null;
    }
}
