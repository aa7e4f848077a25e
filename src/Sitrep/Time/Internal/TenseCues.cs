using System.Collections.Frozen;
using Sitrep.Documents;

namespace Sitrep.Time.Internal;

/// <summary>
/// Decides whether the clause around a bare weekday or month speaks of the past or the future, so
/// "on Wednesday" in "officials died … on Wednesday" is the Wednesday before publication and in
/// "ministers will meet on Wednesday" the one after. Uses the POS layer (VBD, MD will) when the
/// document has one, and lexical cues otherwise: auxiliaries and common irregular pasts are strong
/// cues, a lower-case "-ed" word a weak one. The nearest strong cue in the sentence wins, then the
/// nearest weak one; none gives 0 (unknown).
/// </summary>
internal static class TenseCues
{
    private const int Window = 12;

    /// <summary>Extra distance for each clause boundary between the expression and a cue.</summary>
    private const int ClausePenalty = 8;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Strong = BuildStrong();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPast = FrozenSet.ToFrozenSet(
        ["hundred", "red", "bed", "wed", "shed", "sled", "need", "speed", "indeed", "seed", "feed", "weed", "breed", "greed",
         "creed", "deed", "proceed", "exceed", "succeed", "embed", "naked", "sacred", "wicked", "rugged", "kindred"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakFuture = FrozenSet.ToFrozenSet(
        ["scheduled", "due", "expected", "planned", "slated", "upcoming", "plans", "intends", "hopes", "next"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>-1 past, +1 future, 0 no cue, for the mention at tokens [first, end).</summary>
    public static int Detect(TimeTokens t, int first, int end, AnnotatedDocument doc)
    {
        bool pos = !doc.Syntax.IsEmpty && doc.Syntax.Xpos.Length == doc.Tokens.Count;
        int strong = 0, strongDistance = int.MaxValue, weak = 0, weakDistance = int.MaxValue;
        Span<int> boundaries = [0, 0];
        for (int d = 1; d <= Window; d++)
        {
            for (int side = 0; side < 2; side++)
            {
                int k = side == 0 ? first - d : end - 1 + d;
                if (k < 0 || k >= t.Count || !t.SameSentence(k, side == 0 ? first : end - 1))
                {
                    continue;
                }

                // A cue across a clause boundary ("…on Thursday, diplomats said") counts as farther away.
                if (IsClauseBoundary(t, k))
                {
                    boundaries[side]++;
                    continue;
                }

                if (t[k].Shape != TokenShape.Word)
                {
                    continue;
                }

                bool isStrong = false;
                int cue = pos ? FromPos(t, k, doc, out isStrong) : 0;
                if (cue == 0)
                {
                    cue = Lexical(t, k, out isStrong);
                }

                if (cue == 0)
                {
                    continue;
                }

                int distance = d + (ClausePenalty * boundaries[side]);
                if (isStrong && distance < strongDistance)
                {
                    strong = cue;
                    strongDistance = distance;
                }
                else if (!isStrong && distance < weakDistance)
                {
                    weak = cue;
                    weakDistance = distance;
                }
            }
        }

        return strong != 0 ? strong : weak;
    }

    private static bool IsClauseBoundary(TimeTokens t, int k)
    {
        if (t[k].Shape == TokenShape.Punct)
        {
            char c = t.Text[t[k].Start];
            return c is ',' or ';' or ':' or '—' or '–' or '(' or ')';
        }

        return t.IsWord(k, "that") || t.IsWord(k, "which") || t.IsWord(k, "while") || t.IsWord(k, "but") || t.IsWord(k, "because");
    }

    private static int Lexical(TimeTokens t, int k, out bool isStrong)
    {
        isStrong = true;
        var word = t.Chars(k);

        // "’ll", "won’t"
        if (t.IsWord(k, "ll") && k > 0 && IsApostrophe(t, k - 1))
        {
            return 1;
        }

        if (t.IsWord(k, "won") && IsApostrophe(t, k + 1) && t.IsWord(k + 2, "t"))
        {
            return 1;
        }

        // "going to", "set to" + verb ("due to" is as often "because of")
        if ((t.IsWord(k, "going") || t.IsWord(k, "set")) && t.IsWord(k + 1, "to"))
        {
            return 1;
        }

        if (Strong.TryGetValue(word, out int cue))
        {
            return cue < 0 ? PastUnlessPassiveFuture(t, k, cue) : cue;
        }

        isStrong = false;
        if (WeakFuture.Contains(word))
        {
            return 1;
        }

        // A lower-case -ed word not used as an adjective after an article.
        if (word.Length >= 4 && word.EndsWith("ed") && !t[k].Capitalized && !NotPast.Contains(word)
            && !(k > 0 && t[k - 1].Info.Kind is WordKind.Article or WordKind.The))
        {
            return PastUnlessPassiveFuture(t, k, -1);
        }

        return 0;
    }

    /// <summary>"will be held", "is to be signed": a participle after "be" takes the tense of what precedes "be".</summary>
    private static int PastUnlessPassiveFuture(TimeTokens t, int k, int cue)
    {
        if (k < 2 || !t.IsWord(k - 1, "be"))
        {
            return cue;
        }

        if (t.IsWord(k - 2, "will") || t.IsWord(k - 2, "shall") || t.IsWord(k - 2, "to") || (t.IsWord(k - 2, "ll") && IsApostrophe(t, k - 3)))
        {
            return 1;
        }

        return 0;
    }

    private static int FromPos(TimeTokens t, int k, AnnotatedDocument doc, out bool isStrong)
    {
        isStrong = true;
        int index = FindToken(doc.Tokens, t[k].Start);
        if (index < 0)
        {
            return 0;
        }

        string tag = doc.Syntax.Xpos[index];
        if (tag == "VBD")
        {
            return -1;
        }

        if (tag == "MD")
        {
            var word = t.Chars(k);
            return word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("shall", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ll", StringComparison.OrdinalIgnoreCase) || word.Equals("wo", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return 0;
    }

    private static int FindToken(IReadOnlyList<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var token = tokens[mid];
            if (start < token.Start)
            {
                hi = mid - 1;
            }
            else if (start >= token.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static bool IsApostrophe(TimeTokens t, int k) => t.IsPunct(k, '\'') || t.IsPunct(k, '’');

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildStrong()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in (string[])["will", "shall"])
        {
            d[w] = 1;
        }

        foreach (var w in (string[])["was", "were", "had", "did", "ago", "yesterday", "said", "told", "met", "held", "took", "went",
            "came", "made", "began", "fell", "lost", "left", "led", "ran", "saw", "gave", "got", "found", "fled", "fought", "struck",
            "shot", "sent", "spoke", "broke", "brought", "bought", "caught", "thought", "felt", "kept", "meant", "paid", "stood",
            "wrote", "rose", "drove", "flew", "grew", "knew", "threw", "chose", "stole", "swore", "tore", "became", "withdrew",
            "sought", "taught", "sold", "built", "spent", "sank", "hung", "stuck", "won", "overthrew", "undertook", "forgave",
            "announced", "killed", "died"])
        {
            d[w] = -1;
        }

        d["tomorrow"] = 1;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
