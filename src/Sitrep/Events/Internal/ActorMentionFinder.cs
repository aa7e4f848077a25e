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

    private readonly record struct Piece(int Start, int End, PieceKind Kind, ActorEntry? Actor, AgentEntry? Agent);

    public static List<ActorMention> Find(string text, IReadOnlyList<Token> tokens, int first, int end, EventDictionaries dictionaries, DateOnly? date)
    {
        var pieces = new List<Piece>();
        for (int i = first; i < end;)
        {
            var actor = dictionaries.Actors.Match(text, tokens, i, end);
            var agent = dictionaries.Agents.Match(text, tokens, i, end);
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
                var link = Link(text, tokens, pieces[last].End, next.Start);
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

    private static ActorMention Build(List<Piece> pieces, int from, int to, DateOnly? date)
    {
        var mention = new ActorMention { Start = pieces[from].Start, End = pieces[to].End };
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
        }

        return mention;
    }

    private enum LinkKind
    {
        None,
        Adjacent,
        Connector,
    }

    /// <summary>What joins two pieces: nothing, a possessive or preposition inside one noun phrase, or a break.</summary>
    private static LinkKind Link(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from == to)
        {
            return LinkKind.Adjacent;
        }

        int gap = to - from;
        if (gap > 3)
        {
            return LinkKind.None;
        }

        bool onlyPossessive = true;
        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsPossessive(w))
            {
                continue;
            }

            onlyPossessive = false;
            if (Words.IsPhraseBreak(w) || Words.IsCoordinator(w))
            {
                return LinkKind.None;
            }

            if (!Words.IsNounPhraseConnector(w) && !Words.IsModifierLike(w))
            {
                return LinkKind.None;
            }
        }

        return onlyPossessive ? LinkKind.Adjacent : LinkKind.Connector;
    }

    /// <summary>Mentions joined by "and", "or", "nor" or commas (with a few modifiers between) share a group.</summary>
    private static void AssignGroups(string text, IReadOnlyList<Token> tokens, List<ActorMention> mentions)
    {
        int group = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (m > 0 && Coordinated(text, tokens, mentions[m - 1].End, mentions[m].Start))
            {
                mentions[m].Group = mentions[m - 1].Group;
            }
            else
            {
                mentions[m].Group = group++;
            }
        }
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
            else if (Words.IsPhraseBreak(w) || Words.IsClauseWord(w))
            {
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
