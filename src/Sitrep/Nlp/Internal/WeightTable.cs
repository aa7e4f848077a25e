using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// The trained weights of a linear classifier over hashed features: a bucket index (one int per hash
/// bucket, -1 for a bucket no feature uses) into one contiguous array of weight rows, one float per class.
/// Only rows that carry weight are stored, so a large hash space costs little memory and a feature's
/// row is one short contiguous read. Immutable after construction; safe to share across threads.
/// </summary>
internal sealed class WeightTable
{
    private readonly int[] _rowOf;
    private readonly float[] _weights;

    public WeightTable(int hashBits, int classes, int[] rowOf, float[] weights)
    {
        HashBits = hashBits;
        Classes = classes;
        Stride = StrideFor(classes);
        _rowOf = rowOf;
        _weights = weights;
    }

    public int HashBits { get; }

    public int Mask => (1 << HashBits) - 1;

    public int Classes { get; }

    /// <summary>Floats per row: the class count padded to whole SIMD vectors when that pays.</summary>
    public int Stride { get; }

    public int RowCount => _weights.Length / Stride;

    internal int[] RowOf => _rowOf;

    internal float[] Weights => _weights;

    public static int StrideFor(int classes)
    {
        int v = Vector<float>.Count;
        return classes < v ? classes : (classes + v - 1) / v * v;
    }

    /// <summary>Adds the rows of the given buckets into <paramref name="scores"/> (length &gt;= Stride).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref int r0 = ref MemoryMarshal.GetArrayDataReference(_rowOf);
        int stride = Stride;
        if (stride >= Vector<float>.Count)
        {
            var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[..stride]);
            foreach (int b in buckets)
            {
                int row = Unsafe.Add(ref r0, b);
                if (row < 0)
                {
                    continue;
                }

                var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, row), stride));
                for (int i = 0; i < acc.Length; i++)
                {
                    acc[i] += rowVectors[i];
                }
            }
        }
        else
        {
            foreach (int b in buckets)
            {
                int row = Unsafe.Add(ref r0, b);
                if (row < 0)
                {
                    continue;
                }

                for (int i = 0; i < stride; i++)
                {
                    scores[i] += Unsafe.Add(ref w0, row + i);
                }
            }
        }
    }

    /// <summary>Adds one bucket's row (for callers that score a cached group of features).</summary>
    public void AddRow(int bucket, Span<float> scores)
    {
        int row = _rowOf[bucket];
        if (row < 0)
        {
            return;
        }

        var src = _weights.AsSpan(row, Stride);
        for (int i = 0; i < src.Length; i++)
        {
            scores[i] += src[i];
        }
    }

    /// <summary>The best class among the first <see cref="Classes"/> scores.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, int classes)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int i = 1; i < classes; i++)
        {
            if (scores[i] > bestScore)
            {
                bestScore = scores[i];
                best = i;
            }
        }

        return best;
    }
}
