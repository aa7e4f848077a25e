using System.Globalization;
using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>
/// Numbers of people killed and injured stated in a sentence: "three top government officials died",
/// "at least 37 killed", "killing 12", "dozens were wounded" (a vague quantity gives its lower bound).
/// </summary>
internal static class CasualtyFinder
{
    private static readonly string[] KilledWords = ["killed", "dead", "died", "die", "dies", "deaths", "death", "killing", "kills", "slain", "massacred", "executed", "lives", "fatalities"];
    private static readonly string[] InjuredWords = ["injured", "wounded", "hurt", "injuring", "wounding", "injuries", "casualties"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["dozen"] = 12,
        ["dozens"] = 24,
        ["scores"] = 40,
        ["hundreds"] = 200,
        ["thousands"] = 2000,
        ["a"] = 1,
        ["an"] = 1,
    };

    public static (int? Killed, int? Injured) Find(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        int? killed = null, injured = null;
        for (int i = first; i < end; i++)
        {
            var w = Words.At(text, tokens, i);
            bool isKilled = Words.IsAny(w, KilledWords);
            bool isInjured = !isKilled && Words.IsAny(w, InjuredWords);
            if (!isKilled && !isInjured)
            {
                continue;
            }

            // The count stands before the word ("37 people were killed") or right after a verb ("killing 12").
            int? n = NumberAfter(text, tokens, i, end) ?? NumberBefore(text, tokens, first, i);
            if (n is null)
            {
                continue;
            }

            if (isKilled)
            {
                killed ??= n;
            }
            else
            {
                injured ??= n;
            }
        }

        return (killed, injured);
    }

    private static int? NumberBefore(string text, IReadOnlyList<Token> tokens, int first, int i)
    {
        for (int k = i - 1; k >= first && k >= i - 6; k--)
        {
            var w = Words.At(text, tokens, k);
            if (Words.IsPhraseBreak(w) || w is "," || Words.IsSubordinator(w) || Words.IsCoordinator(w))
            {
                return null;
            }

            if (Parse(w) is { } n && !(Words.Is(w, "a") || Words.Is(w, "an")))
            {
                return n;
            }
        }

        return null;
    }

    private static int? NumberAfter(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        var verb = Words.At(text, tokens, i);
        if (!verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Words.Is(verb, "killed") && !Words.Is(verb, "wounded"))
        {
            return null;
        }

        for (int k = i + 1; k < end && k <= i + 3; k++)
        {
            var w = Words.At(text, tokens, k);
            if (Parse(w) is { } n && !(Words.Is(w, "a") || Words.Is(w, "an")))
            {
                return n;
            }

            if (!Words.IsAny(w, ["at", "least", "about", "some", "nearly", "almost", "more", "than", "over", "up", "to"]))
            {
                return null;
            }
        }

        return null;
    }

    private static int? Parse(ReadOnlySpan<char> w)
    {
        Span<char> digits = stackalloc char[w.Length];
        int n = 0;
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
            else if (c != ',')
            {
                n = -1;
                break;
            }
        }

        if (n > 0 && int.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        var lookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(w, out int word) ? word : null;
    }
}
