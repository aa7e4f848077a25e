using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// CAMEO 186: killing a leader or official is an assassination, whatever the dictionary codes the verb. The
/// victim is the noun phrase right after "killed"/"murdered" ("killed the deputy chief of …", "murdered a
/// provincial governor"), its head a title; ordinary victims ("killed three soldiers") keep the verb's code.
/// </summary>
internal static class Assassination
{
    private static readonly string[] KillWords = ["kill", "kills", "killed", "killing", "murder", "murders", "murdered", "murdering"];

    private static readonly string[] Titles =
    [
        "leader", "chief", "minister", "president", "vice-president", "premier", "mayor", "governor", "commander",
        "general", "judge", "prosecutor", "ambassador", "senator", "lawmaker", "legislator", "politician", "official",
        "officials", "head", "chairman", "spokesman", "cleric", "imam", "bishop", "king", "prince",
    ];

    // Words that may stand between the verb and the title: determiners, rank and office modifiers.
    private static readonly string[] Modifiers =
    [
        "deputy", "former", "senior", "top", "local", "regional", "provincial", "district", "police", "army", "military",
        "rebel", "opposition", "party", "prime", "vice", "assistant", "foreign", "defence", "defense", "interior",
        "security", "intelligence", "justice", "government", "state", "city", "town", "village", "tribal", "religious",
        "two", "three", "several", "'s", "’s",
    ];

    /// <summary>"186" for an attack or assault code whose verb kills a leader or official; otherwise null.</summary>
    public static string? Refine(string code, string text, IReadOnlyList<Token> tokens, int end, int verb, int verbEnd)
    {
        if (code.Length < 2 || code[0] != '1' || code[1] is not ('8' or '9') || code == "186" || !Words.IsAny(Words.At(text, tokens, verb), KillWords))
        {
            return null;
        }

        for (int i = verbEnd; i < end && i < verbEnd + 5; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, Titles))
            {
                // "the chief of staff's bodyguards": the title must head the phrase, not qualify a later noun.
                return i + 1 < end && Words.IsAny(Words.At(text, tokens, i + 1), ["'s", "’s"]) ? null : "186";
            }

            bool name = w.Length > 0 && char.IsUpper(w[0]);
            if (!Words.IsDeterminer(w) && !Words.IsPossessive(w) && !Words.IsAny(w, Modifiers) && !name)
            {
                return null;
            }
        }

        return null;
    }
}
