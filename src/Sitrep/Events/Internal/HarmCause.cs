using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// "Three officials died in a suicide bomb attack", "two soldiers were killed in the shelling": a verb
/// of harm whose cause is an event noun. The event is the cause, coded by its noun (1831, 183, 194 …);
/// the people harmed are its target. "Died" has no CAMEO code of its own, and "killed" alone (180)
/// would lose what the text says about how.
/// </summary>
internal static class HarmCause
{
    private static readonly string[] HarmVerbs = ["die", "died", "dies", "dying", "killed", "wounded", "injured", "hurt"];
    private static readonly string[] CauseMarkers = ["in", "during", "by", "from", "after"];

    /// <summary>How far after the verb the cause may start ("died on Wednesday in an attack").</summary>
    private const int Reach = 8;

    private static readonly string[] DyingForms = ["die", "died", "dies", "dying"];

    public static bool IsHarmVerb(ReadOnlySpan<char> word) => Words.IsAny(word, HarmVerbs);

    /// <summary>Verbs that harm people, whatever their subject: killing and wounding.</summary>
    private static readonly string[] HarmingForms = ["kill", "kills", "killed", "killing", "wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring", "hurt", "hurting"];

    private static readonly string[] Hazards = ["storm", "storms", "earthquake", "quake", "flood", "floods", "flooding", "fire", "blaze", "crash", "accident", "collapse", "crane", "landslide", "avalanche", "hurricane", "cyclone", "typhoon", "tornado", "tsunami", "disease", "outbreak", "heatwave", "lightning", "eruption", "stampede"];

    /// <summary>
    /// "A storm caused a crane to fall into the mosque, killing 107": harm done by a natural hazard or an
    /// accident, with no violent event named before it in the sentence, is no political event.
    /// </summary>
    public static bool ByHazard(string text, IReadOnlyList<Token> tokens, int first, int verb, VerbDictionary nouns)
    {
        if (!Words.IsAny(Words.At(text, tokens, verb), HarmingForms))
        {
            return false;
        }

        bool hazard = false;
        for (int i = first; i < verb; i++)
        {
            var w = Words.At(text, tokens, i);
            if (!Words.IsAny(w, HarmingForms) && nouns.Lookup(w) is { Count: > 0 } entries && entries[0].Code is { } code && CameoCodes.IsViolent(code))
            {
                return false;
            }

            hazard |= Words.IsAny(w, Hazards);
        }

        return hazard;
    }

    /// <summary>A form of "die": intransitive, so its subject is always the one harmed.</summary>
    public static bool IsDying(ReadOnlySpan<char> word) => Words.IsAny(word, DyingForms);

    /// <summary>The cause noun after the harm verb at <paramref name="verb"/> and its code, if the clause names one.</summary>
    public static (int Noun, string Code)? Find(string text, IReadOnlyList<Token> tokens, int verb, int end, VerbDictionary nouns, PatternMatcher nounMatcher)
    {
        for (int i = verb + 1; i < end && i <= verb + Reach; i++)
        {
            var w = Words.At(text, tokens, i);
            if (w is "," or ";" or ":" || Words.IsPhraseBreak(w) || Words.IsSubordinator(w) && !Words.Is(w, "after") || Words.IsAny(w, ["and", "but", "while", "who", "which", "that"]))
            {
                return null;
            }

            if (!Words.IsAny(w, CauseMarkers))
            {
                continue;
            }

            // The cause's noun phrase: determiners and modifiers, then the event noun ("a suicide bomb attack").
            for (int k = i + 1; k < end && k <= i + 5; k++)
            {
                var n = Words.At(text, tokens, k);
                var entries = nouns.Lookup(n);
                if (entries.Count > 0)
                {
                    var match = nounMatcher.Best(entries[0].Block, k, k + 1);
                    string? code = match is { } m ? m.Pattern.Code : entries[0].Code;
                    return code is not null && CameoCodes.IsViolent(code) ? (k, code) : null;
                }

                if (!(Words.IsDeterminer(n) || Words.IsModifierLike(n)) || char.IsUpper(n[0]) && k > i + 1)
                {
                    break;
                }
            }
        }

        return null;
    }
}
