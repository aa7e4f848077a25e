using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>How the clause above a verb frames it (PETRARCH2's complement verbs, CAMEO's intent rules).</summary>
internal enum ComplementKind
{
    None,

    /// <summary>"agreed to send", "is willing to withdraw": the intent to act (03x).</summary>
    Intent,

    /// <summary>"threatened to impose": a threat (13x).</summary>
    Threat,

    /// <summary>"refused to meet", "is not prepared to lift": a rejection (12x).</summary>
    Refusal,

    /// <summary>"will visit", "would blockade": announced future action.</summary>
    Future,

    /// <summary>"will not release", "won't meet": announced refusal.</summary>
    NegatedFuture,
}

/// <summary>
/// Finds the word that governs a verb as its complement: "X agreed / threatened / refused to VERB", or a
/// future modal "X will (not) VERB". Adverbs may stand between ("has flatly refused to", "would never").
/// The governor's token is given so its own, less specific event can give way to the framed one.
/// </summary>
internal static class ComplementFrames
{
    private static readonly string[] IntentWords = ["agree", "agreed", "agrees", "pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "offer", "offered", "offers", "plan", "plans", "planned", "decide", "decided", "decides", "intend", "intends", "intended", "ready", "willing", "prepared", "committed"];
    private static readonly string[] ThreatWords = ["threaten", "threatened", "threatens", "threatening"];
    private static readonly string[] RefusalWords = ["refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining", "unwilling", "reluctant"];
    private static readonly string[] FutureModals = ["will", "would", "shall", "'ll", "’ll", "wo"];
    private static readonly string[] Negations = ["not", "n't", "never"];

    public static ComplementKind Find(string text, IReadOnlyList<Token> tokens, int first, int verbStart, out int governor)
    {
        governor = -1;
        int i = verbStart - 1;
        bool negated = false;
        while (i >= first && Words.IsAdverb(Words.At(text, tokens, i)))
        {
            negated |= Words.IsAny(Words.At(text, tokens, i), Negations);
            i--;
        }

        if (i < first)
        {
            return ComplementKind.None;
        }

        var w = Words.At(text, tokens, i);
        if (Words.IsAny(w, FutureModals))
        {
            // "wo n't": only the contracted negative.
            if (Words.Is(w, "wo") && !negated)
            {
                return ComplementKind.None;
            }

            return negated ? ComplementKind.NegatedFuture : ComplementKind.Future;
        }

        if (negated || !Words.Is(w, "to"))
        {
            return ComplementKind.None;
        }

        int g = i - 1;
        while (g >= first && Words.IsAdverb(Words.At(text, tokens, g)) && !Words.IsAny(Words.At(text, tokens, g), Negations))
        {
            g--;
        }

        if (g < first)
        {
            return ComplementKind.None;
        }

        var gw = Words.At(text, tokens, g);
        var kind = Words.IsAny(gw, RefusalWords) ? ComplementKind.Refusal
            : Words.IsAny(gw, ThreatWords) ? ComplementKind.Threat
            : Words.IsAny(gw, IntentWords) ? ComplementKind.Intent
            : ComplementKind.None;
        if (kind == ComplementKind.None)
        {
            return kind;
        }

        governor = g;

        // "is not prepared to", "did not agree to": a refused intention.
        if (kind == ComplementKind.Intent && NegatedBefore(text, tokens, first, g))
        {
            kind = ComplementKind.Refusal;
        }

        return kind;
    }

    /// <summary>"refused", "declines": with "to" after it, a rejection whatever verb follows.</summary>
    public static bool IsRefusalWord(ReadOnlySpan<char> w) => Words.IsAny(w, RefusalWords);

    private static bool NegatedBefore(string text, IReadOnlyList<Token> tokens, int first, int g)
    {
        for (int k = g - 1; k >= first && k >= g - 3; k--)
        {
            var w = Words.At(text, tokens, k);
            if (Words.IsAny(w, Negations))
            {
                return true;
            }

            if (!Words.IsBe(w) && !Words.IsAuxiliary(w) && !Words.IsAdverb(w))
            {
                return false;
            }
        }

        return false;
    }
}
