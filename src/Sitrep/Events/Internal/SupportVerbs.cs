using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Light verbs whose object noun names the event: "staged demonstrations", "launched an investigation",
/// "continued their hunger strike", "renewed negotiations", "undertook a mediation mission". The event is the
/// noun's; its agent is the verb's subject.
/// </summary>
internal static class SupportVerbs
{
    private static readonly string[] Forms =
    [
        "stage", "stages", "staged", "staging", "hold", "holds", "held", "holding", "launch", "launches", "launched", "launching",
        "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting", "continue", "continues", "continued", "continuing",
        "resume", "resumes", "resumed", "resuming", "renew", "renews", "renewed", "renewing", "undertake", "undertakes", "undertook", "undertaken", "undertaking",
        "conduct", "conducts", "conducted", "conducting", "mount", "mounts", "mounted", "mounting", "open", "opens", "opened", "opening",
        "complete", "completes", "completed", "completing", "wage", "wages", "waged", "waging", "carry", "carries", "carried", "carrying",
        "announce", "announces", "announced", "announcing", "make", "makes", "made", "making", "pay", "pays", "paid", "paying",
        "organise", "organised", "organize", "organized", "intensify", "intensified", "step", "stepped", "go", "went", "gone",
        "impose", "imposes", "imposed", "imposing", "declare", "declares", "declared", "declaring", "tighten", "tightens", "tightened", "tightening",
        "extend", "extends", "extended", "extending", "enforce", "enforces", "enforced", "enforcing",
    ];

    private static readonly string[] ReversalForms =
    [
        "end", "ends", "ended", "ending", "halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping",
        "suspend", "suspends", "suspended", "suspending", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
        "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing",
        "remove", "removes", "removed", "removing", "revoke", "revokes", "revoked", "revoking", "scrap", "scraps", "scrapped", "scrapping",
        "cancel", "cancels", "cancelled", "canceled", "cancelling", "abandon", "abandons", "abandoned", "abandoning",
    ];

    /// <summary>A verb that ends what its object names: "lifted the curfew", "ended mediation efforts".</summary>
    public static bool IsReversal(ReadOnlySpan<char> w) => Words.IsAny(w, ReversalForms);

    /// <summary>
    /// The token of the light verb whose object is the noun at <paramref name="noun"/> ("staged mass
    /// demonstrations", "carried out a raid", "went on hunger strike"), or -1. Only determiners, possessives,
    /// numbers, lower-case modifiers and the particles "out", "up", "on" may stand between.
    /// </summary>
    public static int Governing(string text, IReadOnlyList<Token> tokens, int first, int noun)
    {
        for (int i = noun - 1; i >= first && i >= noun - 5; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, Forms) || IsReversal(w))
            {
                return i;
            }

            // "a state of emergency" is one noun phrase.
            bool stateOf = Words.Is(w, "of") && i - 1 >= first && Words.Is(Words.At(text, tokens, i - 1), "state") || Words.Is(w, "state");
            bool between = stateOf || Words.IsDeterminer(w) || Words.IsPossessive(w) || Words.IsAny(w, ["out", "up", "on"])
                || (w.Length > 0 && char.IsDigit(w[0])) || (Words.IsModifierLike(w) && char.IsLower(w[0]));
            if (!between)
            {
                return -1;
            }
        }

        return -1;
    }
}
