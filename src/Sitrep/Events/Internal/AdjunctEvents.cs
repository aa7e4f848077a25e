using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// "killed 46 civilians in an attack on a village": an event noun in the verb's "in"/"during" adjunct is the
/// verb's own event, so it has the verb's sides (the village only says where).
/// </summary>
internal static class AdjunctEvents
{
    /// <summary>
    /// The verb event the event noun at <paramref name="noun"/> belongs to: "in"/"during" + a determiner (lower-case
    /// modifiers allowed) right after that verb's clause, when the verb event has both sides; else null.
    /// </summary>
    public static CodedEvent? VerbOf(string text, IReadOnlyList<Token> tokens, int first, List<CodedEvent> events, int noun)
    {
        int i = noun - 1;
        while (i > first && i >= noun - 3 && Words.IsModifierLike(Words.At(text, tokens, i)) && char.IsLower(Words.At(text, tokens, i)[0]))
        {
            i--;
        }

        if (i <= first + 1 || !Words.IsAny(Words.At(text, tokens, i), ["a", "an", "the"]) || !Words.IsAny(Words.At(text, tokens, i - 1), ["in", "during"]))
        {
            return null;
        }

        CodedEvent? verb = null;
        foreach (var e in events)
        {
            if (!e.Nominal && e.TriggerToken < i - 1 && (verb is null || e.TriggerToken > verb.TriggerToken))
            {
                verb = e;
            }
        }

        if (verb is null || verb.SourceCode is null || verb.TargetCode is null)
        {
            return null;
        }

        // The adjunct must belong to the verb's clause: no comma, subordinator, relative or coordinator between.
        for (int k = verb.TriggerToken + 1; k < i - 1; k++)
        {
            var w = Words.At(text, tokens, k);
            if (w is "," or ";" or ":" || Words.IsSubordinator(w) || Words.IsClauseWord(w) || Words.IsCoordinator(w))
            {
                return null;
            }
        }

        return verb;
    }
}
