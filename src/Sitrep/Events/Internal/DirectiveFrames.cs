using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// A verb one actor wants another to carry out: "X urged / called on / asked Y to VERB" (an appeal, CAMEO 02x),
/// "X demanded that Y VERB" and "X said Y must VERB" (a demand, 10x). The speaker (the governor's subject) is
/// the source and Y the target, not Y's own act; the code says what is asked for.
/// </summary>
internal static class DirectiveFrames
{
    private static readonly string[] AppealWords = ["urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "press", "pressed", "presses", "pressing", "encourage", "encouraged", "encourages", "encouraging", "appeal", "appealed", "appeals", "appealing", "implore", "implored", "beg", "begged"];
    private static readonly string[] CallWords = ["call", "called", "calls", "calling"];
    private static readonly string[] DemandWords = ["demand", "demanded", "demands", "demanding", "insist", "insisted", "insists", "insisting"];
    private static readonly string[] ReportingWords = ["said", "says", "say", "stated", "declared", "declares", "announced", "announces", "insisted", "insists", "stressed", "reiterated", "warned", "warns", "added", "argued", "maintained", "asserted", "told", "tells", "believes", "believed", "reminded"];

    /// <param name="governor">The token of the appeal, demand or reporting word.</param>
    /// <param name="target">The actor asked to act.</param>
    /// <param name="demand">True for a demand (10x), false for an appeal (02x).</param>
    /// <param name="reported">The governor only reports the speech ("said … must"); otherwise it is itself an appeal or demand word.</param>
    public static bool Find(string text, IReadOnlyList<Token> tokens, int first, int verbStart, List<ActorMention> mentions, out int governor, out ActorMention? target, out bool demand, out bool reported)
    {
        reported = false;
        governor = -1;
        target = null;
        demand = false;
        int i = verbStart - 1;
        while (i >= first && Words.IsAdverb(Words.At(text, tokens, i)) && !Words.IsAny(Words.At(text, tokens, i), ["not", "n't", "never"]))
        {
            i--;
        }

        if (i <= first)
        {
            return false;
        }

        var w = Words.At(text, tokens, i);

        // "X said (that) Y must VERB" / "Y should VERB".
        if (Words.Is(w, "must") || Words.Is(w, "should"))
        {
            target = MentionEndingAt(mentions, SkipAdverbsBack(text, tokens, first, i - 1));
            if (target is null)
            {
                return false;
            }

            demand = Words.Is(w, "must");
            reported = true;
            governor = ReportingVerbBefore(text, tokens, first, target.Start, ReportingWords);
            return governor >= 0;
        }

        // "X urged Y to VERB", "X called on Y to VERB".
        if (Words.Is(w, "to"))
        {
            target = MentionEndingAt(mentions, i - 1);
            if (target is null || target.Start - 1 < first)
            {
                return false;
            }

            int g = target.Start - 1;
            var gw = Words.At(text, tokens, g);
            if (Words.Is(gw, "on") && g - 1 >= first && Words.IsAny(Words.At(text, tokens, g - 1), CallWords))
            {
                governor = g - 1;
                return true;
            }

            if (Words.Is(gw, "to") && g - 1 >= first && Words.IsAny(Words.At(text, tokens, g - 1), ["appeal", "appealed", "appeals", "appealing"]))
            {
                governor = g - 1;
                return true;
            }

            if (Words.IsAny(gw, AppealWords))
            {
                governor = g;
                return true;
            }

            return false;
        }

        // "X demanded that Y VERB" (the subjunctive: no modal).
        target = MentionEndingAt(mentions, i);
        if (target is null)
        {
            return false;
        }

        int k = target.Start - 1;
        while (k > first && Words.IsDeterminer(Words.At(text, tokens, k)) && !Words.Is(Words.At(text, tokens, k), "that"))
        {
            k--;
        }

        if (k - 1 < first || !Words.Is(Words.At(text, tokens, k), "that"))
        {
            return false;
        }

        var kw = Words.At(text, tokens, k - 1);
        demand = Words.IsAny(kw, DemandWords);
        if (demand || Words.IsAny(kw, AppealWords))
        {
            governor = k - 1;
            return true;
        }

        return false;
    }

    private static int SkipAdverbsBack(string text, IReadOnlyList<Token> tokens, int first, int i)
    {
        while (i >= first && Words.IsAdverb(Words.At(text, tokens, i)))
        {
            i--;
        }

        return i;
    }

    private static ActorMention? MentionEndingAt(List<ActorMention> mentions, int last)
    {
        foreach (var m in mentions)
        {
            if (m.End == last + 1 && m.Codes.Count > 0)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The reporting verb that opens the clause: within five words before it, over "that", a comma and a
    /// time phrase ("said on Tuesday that"); another actor or a sentence break ends the search.
    /// </summary>
    private static int ReportingVerbBefore(string text, IReadOnlyList<Token> tokens, int first, int clauseStart, string[] verbs)
    {
        for (int i = clauseStart - 1; i >= first && i >= clauseStart - 6; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, verbs))
            {
                return i;
            }

            if (Words.IsPhraseBreak(w))
            {
                return -1;
            }
        }

        return -1;
    }
}
