using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// "blocked streets in Hong Kong in defiance of Chinese authorities", "a hunger strike in protest against
/// the government": the phrase after "in defiance of" or "in protest against/at/of/over" names whom the act
/// is aimed at, whatever place or object phrase comes first.
/// </summary>
internal static class DirectedPhrases
{
    private static readonly string[] ProtestPrepositions = ["against", "at", "of", "over"];

    /// <summary>The first actor phrase after <paramref name="from"/> in the same clause that such a phrase introduces, or null.</summary>
    public static ActorMention? TargetAfter(List<ActorMention> mentions, int from, int end, string text, IReadOnlyList<Token> tokens)
    {
        foreach (var m in mentions)
        {
            if (m.Start < from || m.Codes.Count == 0)
            {
                continue;
            }

            if (m.Start >= end || ClauseBreakBetween(text, tokens, from, m.Start))
            {
                return null;
            }

            if (Introduces(text, tokens, from, m.Start))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>True when "in defiance of" or "in protest against/at/of/over" stands before the phrase (determiners and lower-case modifiers between).</summary>
    public static bool Introduces(string text, IReadOnlyList<Token> tokens, int from, int start)
    {
        int i = start - 1;
        while (i >= from && i >= start - 4 && (Words.IsDeterminer(Words.At(text, tokens, i)) || (Words.IsModifierLike(Words.At(text, tokens, i)) && char.IsLower(Words.At(text, tokens, i)[0]) && !Words.IsAny(Words.At(text, tokens, i), ProtestPrepositions))))
        {
            i--;
        }

        if (i - 2 < from || !Words.Is(Words.At(text, tokens, i - 2), "in"))
        {
            return false;
        }

        var preposition = Words.At(text, tokens, i);
        var noun = Words.At(text, tokens, i - 1);
        return (Words.Is(noun, "defiance") && Words.Is(preposition, "of")) || (Words.Is(noun, "protest") && Words.IsAny(preposition, ProtestPrepositions));
    }

    private static bool ClauseBreakBetween(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var w = Words.At(text, tokens, i);
            if (w is ";" or ":" or "," || Words.IsSubordinator(w))
            {
                return true;
            }
        }

        return false;
    }
}
