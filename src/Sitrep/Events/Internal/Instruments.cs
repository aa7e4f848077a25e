using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// The means of an attack refines its code, as the CAMEO codebook does: killing or wounding "in a suicide
/// bombing", "by a roadside bomb" or "with a car bomb" is a non-military bombing (183: suicide 1831, vehicle
/// 1832, roadside 1833), whatever the verb, while "in a gunbattle" stays armed fighting. The bomb is named in
/// the subject ("a roadside bombing killed …") or in a phrase after the verb ("… in a bomb attack").
/// </summary>
internal static class Instruments
{
    private static readonly string[] BombWords = ["bomb", "bombs", "bombing", "bombings", "bomber", "bombers", "car-bomb", "car-bombing", "ied", "ieds", "explosive", "explosives", "booby-trap", "booby-trapped"];
    private static readonly string[] MeansWords = ["in", "by", "with", "using", "during", "through"];

    /// <summary>The bombing code for an unspecific assault or attack code (180, 182, 190, 193), or null.</summary>
    public static string? Refine(string code, string text, IReadOnlyList<Token> tokens, int first, int end, int verbStart, int verbEnd)
    {
        if (code is not ("180" or "182" or "190" or "193"))
        {
            return null;
        }

        // After the verb: "in/by/with … bomb", within the clause.
        bool means = false;
        for (int i = verbEnd; i < end && i < verbEnd + 12; i++)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsPhraseBreak(w) || w is ",")
            {
                break;
            }

            if (Words.IsAny(w, MeansWords))
            {
                means = true;
            }
            else if (means && Words.IsAny(w, BombWords))
            {
                return Kind(text, tokens, first, i);
            }
        }

        // Before the verb: the subject names the bomb ("a suicide bomber killed").
        for (int i = verbStart - 1; i >= first && i >= verbStart - 10; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.IsPhraseBreak(w) || w is "," || Words.IsSubordinator(w))
            {
                break;
            }

            if (Words.IsAny(w, BombWords))
            {
                return Kind(text, tokens, first, i);
            }
        }

        return null;
    }

    private static string Kind(string text, IReadOnlyList<Token> tokens, int first, int bomb)
    {
        string kind = "183";
        for (int i = bomb; i >= first && i >= bomb - 3; i--)
        {
            var w = Words.At(text, tokens, i);
            if (Words.Is(w, "suicide"))
            {
                return "1831";
            }

            if (Words.IsAny(w, ["car", "vehicle", "truck", "car-bomb", "car-bombing"]))
            {
                kind = "1832";
            }
            else if (kind == "183" && Words.IsAny(w, ["roadside", "improvised", "ied", "ieds", "landmine"]))
            {
                kind = "1833";
            }
        }

        return kind;
    }
}
