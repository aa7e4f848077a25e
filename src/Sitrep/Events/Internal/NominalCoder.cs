using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Codes an event named by a noun: "the bombing of the headquarters", "Russia's veto", "US and EU
/// sanctions on Syria", "an attack by Osgiliath soldiers". The agent is an actor phrase right before
/// the noun (possessive or modifier) or a "by" phrase after it; the patient follows "on", "against" or
/// "of". For nouns of intransitive events (defection, visit, protest, withdrawal) "of X" names the agent.
/// </summary>
internal static class NominalCoder
{
    /// <param name="agent">The subject of a light verb governing the noun ("X staged demonstrations"), used when the noun phrase names no agent.</param>
    /// <param name="reframe">Recodes the event for its light verb and the frame around it ("threatened to impose …",
    /// "lifted the curfew"); null drops it.</param>
    /// <param name="patient">The actor that undergoes the event by the sentence's structure ("X was under house arrest").</param>
    /// <param name="listHead">The actor of a phrase a list of event nouns spells out ("the record of the regime – massacres, …").</param>
    public static void Code(string text, IReadOnlyList<Token> tokens, int first, int end, int v, VerbEntry noun, List<ActorMention> mentions, PatternMatcher matcher, bool allowMissingActor, List<CodedEvent> events, ActorMention? agent = null, Func<string, string?>? reframe = null, ActorMention? patient = null, ActorMention? listHead = null)
    {
        var match = matcher.Best(noun.Block, v, v + 1);
        string? code = match is { } m ? m.Pattern.Code : noun.Code;
        if (code is not null && reframe is not null)
        {
            code = reframe(code);
        }

        if (code is null)
        {
            return;
        }

        ActorMention? source = ModifierBefore(text, tokens, first, v, mentions);
        ActorMention? target = null;
        bool ofIsAgent = OfNamesAgent(code);
        for (int i = v + 1; i < end && i <= v + 8; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsPhraseBreak(w) || w is "," || Words.IsSubordinator(w))
            {
                break;
            }

            // Under a light verb the noun's phrase may also name the other side: "renewed talks with X", "suspended aid to X".
            // "a hunger strike in protest of X": X is the target, though "of" after a protest noun names its agent.
            var role = Words.Is(w, "by") ? 's' : Words.IsAny(w, ["on", "against", "at"]) ? 't'
                : Words.Is(w, "of") ? (ofIsAgent && !DirectedPhrases.Introduces(text, tokens, v + 1, i + 1) ? 's' : 't')
                : agent is not null && Words.IsAny(w, ["with", "to", "between", "into"]) ? 't' : ' ';
            if (role == ' ')
            {
                continue;
            }

            var after = MentionAfter(text, tokens, i + 1, end, mentions);
            if (after is null)
            {
                continue;
            }

            if (role == 's')
            {
                source ??= after;
            }
            else
            {
                target ??= after;
            }
        }

        // A light verb's subject is the agent ("X continued its hunger strike … of Y": X, not Y).
        source = agent ?? source ?? listHead;
        target ??= patient;
        if (source is not null && target is not null && source.Group == target.Group)
        {
            target = null;
        }

        if (source is null && target is null)
        {
            // "… could lead to a full scale civil war": violence with no side named is kept for the
            // annotator, which reports it only as a risk (hypothetical or planned), never as a fact.
            if (allowMissingActor && CameoCodes.IsViolent(code))
            {
                events.Add(new CodedEvent(code, null, null, v, -1, -1, -1, -1, false) { Actorless = true });
            }

            return;
        }

        if (!allowMissingActor && (source is null || target is null))
        {
            return;
        }

        EventCoder.Emit(code, null, source, target, mentions, v, false, events, allowMissingActor);
    }

    /// <summary>Intransitive-event nouns (CAMEO 01–08, 12, 14): "the defection of General Tlas" names who defected.</summary>
    private static bool OfNamesAgent(string code) =>
        code.Length >= 2 && (code[0] == '0' || code.StartsWith("12", StringComparison.Ordinal) || code.StartsWith("14", StringComparison.Ordinal));

    private static ActorMention? ModifierBefore(string text, IReadOnlyList<Token> tokens, int first, int v, List<ActorMention> mentions)
    {
        // Allow a possessive and up to two lower-case modifiers between: "Russia's repeated veto".
        int i = v - 1;
        int skipped = 0;
        while (i >= first && skipped < 3)
        {
            foreach (var m in mentions)
            {
                if (m.End == i + 1 && m.Codes.Count > 0)
                {
                    return m;
                }
            }

            var w = Words.At(text, tokens, i);
            if (!(Words.IsPossessive(w) || (Words.IsModifierLike(w) && char.IsLower(w[0]))))
            {
                return null; // a determiner, verb or punctuation starts the noun phrase
            }

            i--;
            skipped++;
        }

        return null;
    }

    private static ActorMention? MentionAfter(string text, IReadOnlyList<Token> tokens, int from, int end, List<ActorMention> mentions)
    {
        for (int i = from; i < end && i < from + 4; i++)
        {
            foreach (var m in mentions)
            {
                if (m.Start == i && m.Codes.Count > 0)
                {
                    return m;
                }
            }

            var w = Words.At(text, tokens, i);
            if (!(Words.IsDeterminer(w) || Words.IsModifierLike(w)))
            {
                return null;
            }
        }

        return null;
    }
}
