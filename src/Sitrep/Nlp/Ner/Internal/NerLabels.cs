namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// The BIO label set: O, then B-/I- for each entity type. Label ids are dense so a weight row is
/// <see cref="Stride"/> floats; the stride is padded to 8 so a row is one 256-bit vector.
/// </summary>
internal static class NerLabels
{
    public const int O = 0;
    public const int Count = 7;
    public const int Stride = 8;

    /// <summary>Entity types in label order: type t has B = 1 + 2t, I = 2 + 2t.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC"];

    public static int Begin(int type) => 1 + (2 * type);

    public static int Inside(int type) => 2 + (2 * type);

    public static bool IsBegin(int label) => label != O && (label & 1) == 1;

    public static bool IsInside(int label) => label != O && (label & 1) == 0;

    /// <summary>The type index of a B or I label; -1 for O.</summary>
    public static int TypeOf(int label) => label == O ? -1 : (label - 1) >> 1;

    /// <summary>The type index of "PER", "ORG", "LOC"; -1 for anything else.</summary>
    public static int TypeIndex(ReadOnlySpan<char> type)
    {
        for (int t = 0; t < Types.Length; t++)
        {
            if (type.SequenceEqual(Types[t]))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>BIO forbids I-X unless the previous label is B-X or I-X.</summary>
    public static bool IsAllowed(int previous, int label) =>
        !IsInside(label) || (previous != O && TypeOf(previous) == TypeOf(label));

    public static string Name(int label) => label == O ? "O" : (IsBegin(label) ? "B-" : "I-") + Types[TypeOf(label)];
}
