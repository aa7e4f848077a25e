namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>
/// The regular English forms PETRARCH generates for a verb: -S, -ED, -ING (with the usual spelling
/// changes). Doubling a final consonant (BAN → BANNED) is added for short consonant-vowel-consonant
/// verbs because raw text needs it; dictionaries list other irregular forms in {…}.
/// </summary>
internal static class VerbForms
{
    public static IEnumerable<string> Regular(string verb)
    {
        if (verb.Length < 2)
        {
            yield break;
        }

        char last = verb[^1];
        bool consonantY = last == 'Y' && !IsVowel(verb[^2]);
        if (consonantY)
        {
            yield return string.Concat(verb.AsSpan(0, verb.Length - 1), "IES");
            yield return string.Concat(verb.AsSpan(0, verb.Length - 1), "IED");
            yield return verb + "ING";
            yield break;
        }

        bool sibilant = last is 'S' or 'X' or 'Z' || verb.EndsWith("SH", StringComparison.Ordinal) || verb.EndsWith("CH", StringComparison.Ordinal);
        yield return sibilant ? verb + "ES" : verb + "S";
        if (last == 'E')
        {
            yield return verb + "D";
            yield return verb.Length > 2 && verb[^2] != 'E' ? string.Concat(verb.AsSpan(0, verb.Length - 1), "ING") : verb + "ING";
            yield break;
        }

        yield return verb + "ED";
        yield return verb + "ING";
        if (verb.Length >= 3 && !IsVowel(last) && last is not ('W' or 'X' or 'Y') && IsVowel(verb[^2]) && !IsVowel(verb[^3]))
        {
            yield return verb + last + "ED";
            yield return verb + last + "ING";
        }
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
