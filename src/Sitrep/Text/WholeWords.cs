namespace Sitrep.Text;

/// <summary>Case-insensitive search for a phrase that stands as whole words inside another.</summary>
public static class WholeWords
{
    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/> with no letter touching it on either side ("Tlas" in "General Manaf Tlas", not in "Atlas").</summary>
    public static bool Contain(string haystack, string needle)
    {
        int at = haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            bool left = at == 0 || !char.IsLetter(haystack[at - 1]);
            int end = at + needle.Length;
            bool right = end == haystack.Length || !char.IsLetter(haystack[end]);
            if (left && right)
            {
                return true;
            }

            at = haystack.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
