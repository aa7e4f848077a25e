using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// The trained weights of a linear classifier over hashed features: a bucket index (one int per hash
/// bucket, -1 for a bucket no feature uses) into one contiguous array of weight rows, one float per class.
/// Only rows that carry weight are stored, so a large hash space costs little memory and a feature's
/// row is one short contiguous read. Immutable after construction; safe to share across threads.
/// Scoring is memory-bound (one random read per feature), so the layout is tuned for it: empty buckets
/// point at a trailing zero row, so the scoring loop has no data-dependent branch and its reads overlap;
/// tables of at most <see cref="DenseWidth"/> classes (the parser's three moves) also keep one padded row
/// per bucket, so a feature costs one read instead of an index read and a dependent row read.
/// </summary>
internal sealed class WeightTable
{
    private const int DenseWidth = 4;

    private readonly int[] _rowOf; // per bucket: its row's offset in _weights, -1 when empty (as trained and saved)
    private readonly float[] _weights; // the rows that carry weight, then one row of zeros
    private readonly int _zeroRow;
    private readonly int[]? _offsets; // wide tables: _rowOf with empty buckets at _zeroRow
    private readonly float[]? _dense; // narrow tables: DenseWidth floats per bucket, zeros for empty ones

    public WeightTable(int hashBits, int classes, int[] rowOf, float[] weights)
    {
        HashBits = hashBits;
        Classes = classes;
        Stride = StrideFor(classes);
        _rowOf = rowOf;
        _zeroRow = weights.Length;
        _weights = new float[weights.Length + Stride];
        weights.CopyTo(_weights, 0);
        if (Stride <= DenseWidth)
        {
            _dense = new float[rowOf.Length * DenseWidth];
            for (int b = 0; b < rowOf.Length; b++)
            {
                if (rowOf[b] >= 0)
                {
                    _weights.AsSpan(rowOf[b], Stride).CopyTo(_dense.AsSpan(b * DenseWidth, Stride));
                }
            }
        }
        else
        {
            _offsets = new int[rowOf.Length];
            for (int b = 0; b < rowOf.Length; b++)
            {
                _offsets[b] = rowOf[b] < 0 ? _zeroRow : rowOf[b];
            }
        }
    }

    public int HashBits { get; }

    public int Mask => (1 << HashBits) - 1;

    public int Classes { get; }

    /// <summary>Floats per row: the class count padded to whole SIMD vectors when that pays.</summary>
    public int Stride { get; }

    public int RowCount => _zeroRow / Stride;

    /// <summary>Per bucket, the offset of its row in <see cref="Weights"/>, -1 for an empty bucket.</summary>
    internal int[] RowOf => _rowOf;

    /// <summary>The rows, <see cref="RowCount"/> of them (followed by a zero row that is not part of the model).</summary>
    internal float[] Weights => _weights;

    public static int StrideFor(int classes)
    {
        int v = Vector<float>.Count;
        return classes < v ? classes : (classes + v - 1) / v * v;
    }

    /// <summary>Adds the rows of the given buckets into <paramref name="scores"/> (length &gt;= Stride).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        if (_dense is not null)
        {
            ScoreDense(buckets, scores);
            return;
        }

        // All row offsets first: independent reads that the processor overlaps, before the row reads that depend on them.
        Span<int> rows = buckets.Length <= 256 ? stackalloc int[buckets.Length] : new int[buckets.Length];
        ref int o0 = ref MemoryMarshal.GetArrayDataReference(_offsets!);
        for (int i = 0; i < buckets.Length; i++)
        {
            rows[i] = Unsafe.Add(ref o0, buckets[i]);
        }

        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        int stride = Stride;
        if (stride >= Vector<float>.Count)
        {
            var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[..stride]);
            foreach (int row in rows)
            {
                var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, row), stride));
                for (int i = 0; i < acc.Length; i++)
                {
                    acc[i] += rowVectors[i];
                }
            }
        }
        else
        {
            foreach (int row in rows)
            {
                for (int i = 0; i < stride; i++)
                {
                    scores[i] += Unsafe.Add(ref w0, row + i);
                }
            }
        }
    }

    // Same sums in the same order as the sparse path (adding a zero row changes no score).
    private void ScoreDense(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        ref float d0 = ref MemoryMarshal.GetArrayDataReference(_dense!);
        int stride = Stride;
        float a = scores[0], b = stride > 1 ? scores[1] : 0, c = stride > 2 ? scores[2] : 0, d = stride > 3 ? scores[3] : 0;
        foreach (int bucket in buckets)
        {
            ref float row = ref Unsafe.Add(ref d0, bucket * DenseWidth);
            a += row;
            b += Unsafe.Add(ref row, 1);
            c += Unsafe.Add(ref row, 2);
            d += Unsafe.Add(ref row, 3);
        }

        scores[0] = a;
        if (stride > 1)
        {
            scores[1] = b;
        }

        if (stride > 2)
        {
            scores[2] = c;
        }

        if (stride > 3)
        {
            scores[3] = d;
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

    /// <summary>
    /// The best class among the first <paramref name="classes"/> scores, the lowest index on a tie.
    /// Finds the maximum with SIMD, then the first score equal to it: the same answer as a scalar scan.
    /// </summary>
    public static int ArgMax(ReadOnlySpan<float> scores, int classes)
    {
        scores = scores[..classes];
        int v = Vector<float>.Count;
        if (classes < 2 * v)
        {
            return ArgMaxScalar(scores);
        }

        var all = MemoryMarshal.Cast<float, Vector<float>>(scores);
        var max = all[0];
        for (int i = 1; i < all.Length; i++)
        {
            max = Vector.Max(max, all[i]);
        }

        float best = max[0];
        for (int i = 1; i < v; i++)
        {
            best = MathF.Max(best, max[i]);
        }

        foreach (float s in scores[(all.Length * v)..])
        {
            best = MathF.Max(best, s);
        }

        var target = new Vector<float>(best);
        for (int i = 0; i < all.Length; i++)
        {
            if (Vector.EqualsAny(all[i], target))
            {
                return (i * v) + ArgMaxScalar(scores.Slice(i * v, v));
            }
        }

        return (all.Length * v) + ArgMaxScalar(scores[(all.Length * v)..]);
    }

    private static int ArgMaxScalar(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int i = 1; i < scores.Length; i++)
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
