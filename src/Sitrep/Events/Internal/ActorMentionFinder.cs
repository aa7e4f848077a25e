using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Finds actor phrases in a sentence by dictionary look-up and assembles them the way PETRARCH codes
/// noun phrases: an actor with its agents ("Arnor's foreign minister" → ARNGOVFRM, "MSF Arnor" →
/// NGOARN, "activists in Arnor" → ARNOPP), and coordinated mentions ("Russia and China") in one group.
/// Works from tokens alone; no parse needed.
/// </summary>
internal static class ActorMentionFinder
{
    private enum PieceKind
    {
        Actor,
        Agent,
    }

    private readonly record struct Piece(int Start, int End, PieceKind Kind, ActorEntry? Actor, AgentEntry? Agent, string? Entity = null);

    public static List<ActorMention> Find(string text, IReadOnlyList<Token> tokens, int first, int end, EventDictionaries dictionaries, DateOnly? date, IReadOnlyList<KnownActor>? known = null)
    {
        var pieces = new List<Piece>();
        for (int i = first; i < end;)
        {
            // An actor the entity layer has already coded (in context, across the document) comes first.
            if (KnownAt(known, i) is { } k)
            {
                pieces.Add(new Piece(i, k.EndToken, PieceKind.Actor, new ActorEntry(k.Code, [new DatedActorCode(k.Code, null, null)]), null, k.Entity));
                i = k.EndToken;
                continue;
            }

            var actor = dictionaries.Actors.Match(text, tokens, i, end);
            if (dictionaries.SupplementActors?.Match(text, tokens, i, end) is { } backup && backup.Length > (actor?.Length ?? 0))
            {
                actor = backup;
            }

            var agent = dictionaries.Agents.Match(text, tokens, i, end);
            if (actor is { Length: 1 } a && !IsPlausibleShortName(Words.At(text, tokens, a.Start)))
            {
                actor = null;
            }

            if (actor is null && agent is null)
            {
                actor = PluralOfName(text, tokens, i, dictionaries) ?? LeaderOfCompound(text, tokens, i, dictionaries);
            }

            int actorLength = actor?.Length ?? 0;
            int agentLength = agent?.Length ?? 0;
            if (actorLength == 0 && agentLength == 0)
            {
                i++;
                continue;
            }

            if (actorLength >= agentLength)
            {
                pieces.Add(new Piece(i, i + actorLength, PieceKind.Actor, actor!.Value.Entry, null));
                i += actorLength;
            }
            else
            {
                pieces.Add(new Piece(i, i + agentLength, PieceKind.Agent, null, agent!.Value.Entry));
                i += agentLength;
            }
        }

        var mentions = new List<ActorMention>();
        int p = 0;
        while (p < pieces.Count)
        {
            // Grow a mention while the next piece is joined to it by an in-phrase connector.
            int last = p;
            bool hasActor = pieces[p].Kind == PieceKind.Actor;
            while (last + 1 < pieces.Count)
            {
                var next = pieces[last + 1];
                var link = Link(text, tokens, pieces[last].End, next.Start, next.Kind == PieceKind.Agent, dictionaries);
                if (link == LinkKind.None)
                {
                    break;
                }

                // A second actor after a preposition is a new mention ("sheep of Gondor"), except that
                // an agent-only phrase takes the actor it belongs to ("activists in Arnor").
                if (next.Kind == PieceKind.Actor && hasActor && link != LinkKind.Adjacent)
                {
                    break;
                }

                hasActor |= next.Kind == PieceKind.Actor;
                last++;
            }

            mentions.Add(Build(pieces, p, last, date));
            p = last + 1;
        }

        AssignGroups(text, tokens, mentions);
        return mentions;
    }

    /// <summary>
    /// "deported 168 Liberians": dictionaries list a people's name in the singular (LIBERIAN), so a capitalised
    /// word in -s that matches nothing takes the actor of its singular, when that is a one-word phrase.
    /// </summary>
    private static ActorMatch? PluralOfName(string text, IReadOnlyList<Token> tokens, int i, EventDictionaries dictionaries)
    {
        var word = Words.At(text, tokens, i);
        if (word.Length < 5 || !char.IsUpper(word[0]) || word[^1] != 's' || word[^2] is 's' or '\'' or '’' || !char.IsLower(word[^2]))
        {
            return null;
        }

        var entry = dictionaries.Actors.MatchWord(word[..^1]) ?? dictionaries.SupplementActors?.MatchWord(word[..^1]);
        return entry is null ? null : new ActorMatch(i, 1, entry);
    }

    /// <summary>"the US-led coalition", "Vietnamese-led forces": a force led by an actor is coded as that actor.</summary>
    private static ActorMatch? LeaderOfCompound(string text, IReadOnlyList<Token> tokens, int i, EventDictionaries dictionaries)
    {
        var word = Words.At(text, tokens, i);
        if (word.Length < 6 || !word.EndsWith("-led", StringComparison.OrdinalIgnoreCase) || !IsPlausibleShortName(word[..^4]))
        {
            return null;
        }

        var entry = dictionaries.Actors.MatchWord(word[..^4]) ?? dictionaries.SupplementActors?.MatchWord(word[..^4]);
        return entry is null ? null : new ActorMatch(i, 1, entry);
    }

    private static KnownActor? KnownAt(IReadOnlyList<KnownActor>? known, int i)
    {
        if (known is null)
        {
            return null;
        }

        foreach (var k in known)
        {
            if (k.StartToken == i && k.EndToken > i)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// Dictionaries are upper-case, so "US" and "WHO" would match the words "us" and "who": a short name
    /// must be written in capitals in the text.
    /// </summary>
    private static bool IsPlausibleShortName(ReadOnlySpan<char> word) => word.Length > 3 || Words.IsAllCaps(word);

    private static ActorMention Build(List<Piece> pieces, int from, int to, DateOnly? date)
    {
        var mention = new ActorMention { Start = pieces[from].Start, End = pieces[to].End };
        mention.RoleFirst = pieces[from].Kind == PieceKind.Agent && !pieces[from].Agent!.IsPrefix && to > from;
        mention.BareActor = from == to && pieces[from].Kind == PieceKind.Actor;
        IReadOnlyList<string>? actorCodes = null;
        var prefix = new System.Text.StringBuilder();
        var suffix = new System.Text.StringBuilder();
        for (int k = from; k <= to; k++)
        {
            var piece = pieces[k];
            if (piece.Kind == PieceKind.Actor)
            {
                // The first actor of a phrase names it ("Bree Prime Minister Romendacil" is Bree's).
                actorCodes ??= piece.Actor!.CodesOn(date);
                mention.Entity ??= piece.Entity;
            }
            else if (piece.Agent!.IsPrefix)
            {
                prefix.Append(piece.Agent.Code);
            }
            else
            {
                suffix.Append(piece.Agent.Code);
            }
        }

        if (actorCodes is null || actorCodes.Count == 0)
        {
            if (prefix.Length + suffix.Length > 0)
            {
                // A role with no known actor: PETRARCH writes the unknown actor as ---.
                mention.Codes.Add(prefix.Length > 0 ? prefix.ToString() + suffix : "---" + suffix);
            }
        }
        else
        {
            foreach (var code in actorCodes)
            {
                // An actor already coded with the role keeps one copy: Washington [USAGOV] officials [~GOV] is USAGOV.
                string role = suffix.ToString();
                if (role.Length > 0 && code.EndsWith(role, StringComparison.Ordinal))
                {
                    role = string.Empty;
                }

                mention.Codes.Add(string.Concat(prefix.ToString(), code, role));
            }

            mention.Role = suffix.ToString();
        }

        return mention;
    }

    private enum LinkKind
    {
        None,
        Adjacent,
        Connector,
    }

    /// <summary>
    /// What joins two pieces: nothing, a possessive or preposition inside one noun phrase, or a break.
    /// Coordinated modifiers before a role stay inside the phrase ("Ithilen's awful and evil minister").
    /// </summary>
    private static LinkKind Link(string text, IReadOnlyList<Token> tokens, int from, int to, bool nextIsAgent, EventDictionaries dictionaries)
    {
        if (from == to)
        {
            return LinkKind.Adjacent;
        }

        int gap = to - from;
        if (gap > 4)
        {
            return LinkKind.None;
        }

        bool onlyPossessive = true;
        bool modifierBefore = false;
        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsPossessive(w))
            {
                continue;
            }

            onlyPossessive = false;
            if (Words.Is(w, "and") && nextIsAgent && modifierBefore && i + 1 < to && IsLowerModifier(Words.At(text, tokens, i + 1)))
            {
                continue;
            }

            if (Words.IsPhraseBreak(w) || Words.IsCoordinator(w))
            {
                return LinkKind.None;
            }

            // A verb between two phrases separates subject from object ("government warned Gondor").
            if (dictionaries.Verbs.Lookup(w).Count > 0)
            {
                return LinkKind.None;
            }

            if (!Words.IsNounPhraseConnector(w) && !Words.IsModifierLike(w))
            {
                return LinkKind.None;
            }

            modifierBefore = IsLowerModifier(w);
        }

        return onlyPossessive ? LinkKind.Adjacent : LinkKind.Connector;
    }

    private static bool IsLowerModifier(ReadOnlySpan<char> w) =>
        Words.IsModifierLike(w) && char.IsLower(w[0]) && !Words.IsNounPhraseConnector(w);

    /// <summary>Mentions joined by "and", "or", "nor" or commas (with a few modifiers between) share a group.</summary>
    private static void AssignGroups(string text, IReadOnlyList<Token> tokens, List<ActorMention> mentions)
    {
        int group = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (m > 0 && Coordinated(text, tokens, mentions[m - 1].End, mentions[m].Start)
                && !OpensNewClause(text, tokens, mentions, m))
            {
                mentions[m].Group = mentions[m - 1].Group;
                mentions[m].Conjoined = HasConjunction(text, tokens, mentions[m - 1].End, mentions[m].Start);

                // "Lawmakers in Fornost and Gondor": the role distributes over the coordinated actors.
                var lead = FirstOf(mentions, mentions[m].Group);
                if (lead.RoleFirst && lead.Role.Length > 0 && mentions[m].BareActor)
                {
                    for (int c = 0; c < mentions[m].Codes.Count; c++)
                    {
                        mentions[m].Codes[c] += lead.Role;
                    }

                    mentions[m].BareActor = false;
                }
            }
            else
            {
                mentions[m].Group = group++;
            }
        }
    }

    /// <summary>
    /// "Morocco expelled the ambassador, Saudi Arabia and Qatar are arming the rebels": a list that
    /// starts after a bare comma and is followed by a finite be/auxiliary verb is the subject of a new
    /// clause, not more objects of the first one.
    /// </summary>
    private static bool OpensNewClause(string text, IReadOnlyList<Token> tokens, List<ActorMention> mentions, int m)
    {
        if (mentions[m].Start - mentions[m - 1].End != 1 || Words.At(text, tokens, mentions[m - 1].End) is not ",")
        {
            // "… arming the rebels and the Arab League condemned Syria": an object followed by "and" and
            // a phrase that a verb follows is two clauses, not one coordinated object.
            return InObjectPosition(text, tokens, mentions[m - 1].Start) && FollowedByVerb(text, tokens, mentions[m].End);
        }

        int last = m;
        while (last + 1 < mentions.Count && Coordinated(text, tokens, mentions[last].End, mentions[last + 1].Start))
        {
            last++;
        }

        int after = mentions[last].End;
        if (after >= tokens.Count)
        {
            return false;
        }

        var next = Words.At(text, tokens, after);
        return Words.IsBe(next) || Words.IsAuxiliary(next);
    }

    /// <summary>
    /// The phrase is the object of a verb ("arming the rebels") or of a preposition ("districts of
    /// Aleppo"): the word before it, past determiners, is a preposition or an -ing/-ed verb form that
    /// does not take a clause ("believed Gondor and Arnor could …" makes them subjects).
    /// </summary>
    private static bool InObjectPosition(string text, IReadOnlyList<Token> tokens, int start)
    {
        int i = start - 1;
        while (i >= 0 && Words.IsDeterminer(Words.At(text, tokens, i)))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var w = Words.At(text, tokens, i);
        if (Words.IsAny(w, ["of", "in", "at", "on", "to", "with", "against", "from", "near"]))
        {
            return true;
        }

        return char.IsLower(w[0]) && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && !EventCoder.TakesClause(w);
    }

    private static bool HasConjunction(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (Words.IsAny(Words.At(text, tokens, i), ["and", "or", "nor", "&"]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiniteVerbLike(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal) || EventCoder.TakesClause(w);

    private static bool FollowedByVerb(string text, IReadOnlyList<Token> tokens, int after) =>
        after < tokens.Count && OpensVerbPhrase(Words.At(text, tokens, after));

    /// <summary>
    /// The word after a noun phrase that makes the phrase a subject: a form of "be" (not the possessive
    /// 's), an auxiliary, a verb of harm or a lower-case past form ("… and three officials died").
    /// </summary>
    internal static bool OpensVerbPhrase(ReadOnlySpan<char> next) =>
        (Words.IsBe(next) && !Words.IsPossessive(next)) || (Words.IsAuxiliary(next) && !Words.Is(next, "to") && !Words.Is(next, "not"))
            || HarmCause.IsHarmVerb(next) || (next.Length > 3 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal));

    private static ActorMention FirstOf(List<ActorMention> mentions, int group)
    {
        foreach (var m in mentions)
        {
            if (m.Group == group)
            {
                return m;
            }
        }

        throw new InvalidOperationException("group without members");
    }

    private static bool Coordinated(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from is < 1 or > 5)
        {
            return false;
        }

        bool coordinator = false;
        int others = 0;
        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsCoordinator(w))
            {
                coordinator = true;
            }
            else if (Words.IsPhraseBreak(w) || Words.IsClauseWord(w) || IsFiniteVerbLike(w))
            {
                // "a transition in Syria and condemned the military": a verb between joins clauses, not actors.
                return false;
            }
            else
            {
                others++;
            }
        }

        return coordinator && others <= 3;
    }
}
