using System.Runtime.CompilerServices;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// Hashes feature values straight from character spans, so no string is built per token. A feature is
/// a template number mixed with one or more value hashes; the low bits pick its weight-table bucket.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>FNV-1a over the UTF-16 code units.</summary>
    public static ulong Chars(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    /// <summary>FNV-1a over the lower-cased text (invariant culture), without allocating the lower-case copy.</summary>
    public static ulong LowerChars(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return h;
    }

    /// <summary>Word shape: Xx for "Hello", dd.d for "12.5"; runs longer than two of one class collapse.</summary>
    public static ulong Shape(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        char last = '\0';
        int run = 0;
        foreach (char c in text)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last)
            {
                if (++run > 2)
                {
                    continue;
                }
            }
            else
            {
                run = 1;
                last = k;
            }

            h = (h ^ k) * FnvPrime;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        ulong h = (a ^ (b * 0x9E3779B97F4A7C15)) * 0xBF58476D1CE4E5B9;
        return h ^ (h >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    /// <summary>The bucket of a feature hash in a table of 2^bits buckets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(ulong hash, int mask) => (int)(hash >> 20) & mask;
}
