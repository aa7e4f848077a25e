using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// How sure the text is of an event, from cue words in its sentence before the trigger (and a
/// reporting clause after it): negated ("did not attack"), hypothetical ("could be used", "fear that",
/// "will": a prediction, as the gold README and TimeML's FUTURE_REF have it, not a plan),
/// planned ("contingency plans to", "intends to"), alleged ("was believed"), reported ("media reports", "said"),
/// else asserted. The first that applies in that order wins: a feared attack that "reports" mention is
/// still hypothetical, never a fact.
/// </summary>
internal static class ModalityDetector
{
    private static readonly string[] Negations = ["not", "n't", "never", "no", "neither", "nor", "without", "refused", "failed"];
    private static readonly string[] Hypothetical = ["could", "might", "may", "would", "if", "unless", "fear", "fears", "feared", "concern", "concerns", "worry", "worries", "worried", "worrying", "possibility", "possible", "possibly", "risk", "predict", "predicted", "predicts", "likely", "unlikely", "threat", "threaten", "threatened", "threatens", "proposing", "proposed", "propose", "should", "whether", "potential", "will", "shall"];
    private static readonly string[] Planned = ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "scheduled", "prepare", "prepares", "preparing", "going"];
    private static readonly string[] Alleged = ["believed", "allegedly", "alleged", "suspected", "accused", "purportedly", "supposedly", "rumoured", "rumored"];
    private static readonly string[] Reported = ["said", "says", "say", "reported", "reports", "report", "reportedly", "according", "claimed", "claims", "claim", "told", "stated", "announced", "quoted", "cited", "disclosed", "revealed"];

    /// <summary>
    /// For a cue in the frame "BE cue to …", the token where its clause ends (the first "and", "but",
    /// comma or semicolon after the infinitive); otherwise int.MaxValue (the cue covers the rest).
    /// </summary>
    private static int InfinitiveScopeEnd(string text, IReadOnlyList<Token> tokens, int first, int cue, int end)
    {
        if (cue <= first || cue + 1 >= end || !Words.IsBe(Words.At(text, tokens, cue - 1)) || !Words.Is(Words.At(text, tokens, cue + 1), "to"))
        {
            return int.MaxValue;
        }

        for (int i = cue + 3; i < end; i++)
        {
            var w = Words.At(text, tokens, i);
            if (w is "," or ";" || Words.IsAny(w, ["and", "but"]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public static Modality Detect(string text, IReadOnlyList<Token> tokens, int first, int end, int trigger)
    {
        // Negation binds tightly: within three words before the trigger.
        for (int i = trigger - 1; i >= first && i >= trigger - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsAny(w, Negations) && !(Words.Is(w, "not") && i + 1 < end && Words.Is(Words.At(text, tokens, i + 1), "only")))
            {
                return Modality.Negated;
            }
        }

        bool hypothetical = false, planned = false, alleged = false, reported = false;
        for (int i = first; i < trigger; i++)
        {
            var w = Words.At(text, tokens, i);

            // "since May 2011": the month, not the modal (a capital M inside the sentence).
            if (i > first && w is "May")
            {
                continue;
            }

            // "… could not form a government which the Council has called for": a relative clause is
            // outside the scope of the modals and fears before it.
            if (Words.IsAny(w, ["which", "who", "whom"]))
            {
                hypothetical = planned = false;
                continue;
            }

            hypothetical |= Words.IsAny(w, Hypothetical);
            planned |= Words.IsAny(w, Planned);
            bool isAlleged = Words.IsAny(w, Alleged), isReported = Words.IsAny(w, Reported);

            // "Qatar is said to be arming the rebels and the meeting in Paris made it clear …": a
            // passive report ("is said to", "was believed to") covers its own infinitive clause only.
            if ((isAlleged || isReported) && InfinitiveScopeEnd(text, tokens, first, i, trigger) < trigger)
            {
                continue;
            }

            alleged |= isAlleged;
            reported |= isReported;
        }

        // "…, a senior official said." reports what comes before it. The verb must close the clause
        // (punctuation or the sentence end after it): in "…, Qatar are said to be arming …" it opens a
        // clause of its own and reports that clause, not this one.
        for (int i = trigger + 1; i < end; i++)
        {
            var w = Words.At(text, tokens, i);
            if (w is "," && i + 1 < end)
            {
                for (int j = i + 1; j < end && j <= i + 6; j++)
                {
                    bool closes = j + 1 >= end || !char.IsLetterOrDigit(Words.At(text, tokens, j + 1)[0])
                        || Words.IsAny(Words.At(text, tokens, j + 1), ["on", "in", "at", "yesterday", "today", "tonight", "last", "this", "late", "earlier", "later"]);
                    reported |= closes && Words.IsAny(Words.At(text, tokens, j), ["said", "says", "reported", "told", "announced"]);
                }
            }
        }

        return hypothetical ? Modality.Hypothetical
            : planned ? Modality.Planned
            : alleged ? Modality.Alleged
            : reported ? Modality.Reported
            : Modality.Asserted;
    }
}
