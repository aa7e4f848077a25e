using System.Runtime.CompilerServices;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// 32-bit hashing of characters straight from the text (FNV-1a per char, a murmur finaliser per
/// feature), so a feature costs no string. Deterministic across runs and machines: the model file
/// stores weights by these hashes, so the functions must never change without retraining.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public const uint Start = Offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Chars(uint h, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LowerChars(uint h, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            h = (h ^ Lower(c)) * Prime;
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) =>
        c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b) => a ^ (b + 0x9E3779B9u + (a << 6) + (a >> 2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b, uint c) => Combine(Combine(a, b), c);

    /// <summary>Murmur3's finaliser: spreads every input bit over the bucket index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
