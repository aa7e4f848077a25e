using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Internal;

/// <summary>
/// A read-only copy of a wide <see cref="WeightTable"/> for scoring, that keeps a sparse row's non-zero
/// weights as (class, weight) pairs. A perceptron updates only the gold and the predicted class, so most
/// of the tagger's rows are sparse (3.5% of its 98-class weights are non-zero after pruning; 96% of its
/// rows have fewer than ten): such a feature costs a few scattered adds instead of a 416-byte row. Rows
/// with more than <c>denseAbove</c> non-zero weights (tag-history and shape features) stay whole and are
/// added with SIMD. Each class's score receives the same non-zero addends in the same order as
/// <see cref="WeightTable.Score"/> (skipping a zero addend changes no sum), so scores are bit-identical.
/// </summary>
internal sealed class SparseWeightTable
{
    private const int CountBits = 8;

    // Marks a row kept dense: the descriptor's upper bits are then its offset in _dense.
    private const uint DenseMark = (1u << CountBits) - 1;

    // Per bucket: (first entry << CountBits) | entry count; empty buckets are 0.
    private readonly uint[] _rows;
    private readonly Entry[] _entries;
    private readonly float[] _dense; // the rows kept whole, stride floats each
    private readonly int _stride;

    // Runs once per model load, over ~10M weights: compile it optimized at once rather than at tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseWeightTable(WeightTable table, int denseAbove)
    {
        if (table.Classes >= (int)DenseMark)
        {
            throw new ArgumentException($"a sparse table holds at most {(1 << CountBits) - 1} classes", nameof(table));
        }

        Mask = table.Mask;
        var rowOf = table.RowOf;
        var weights = table.Weights;
        int stride = table.Stride;
        _stride = stride;
        int nonZero = 0, denseRows = 0;
        for (int r = 0; r < table.RowCount; r++)
        {
            int c = NonZero(weights.AsSpan(r * stride, table.Classes));
            if (c > denseAbove)
            {
                denseRows++;
            }
            else
            {
                nonZero += c;
            }
        }

        if (nonZero >= 1 << (32 - CountBits) || (long)denseRows * stride >= 1 << (32 - CountBits))
        {
            throw new ArgumentException("too many weights for a sparse table", nameof(table));
        }

        _rows = new uint[rowOf.Length];
        _entries = new Entry[nonZero];
        _dense = new float[denseRows * stride];
        int next = 0, nextDense = 0;
        for (int b = 0; b < rowOf.Length; b++)
        {
            if (rowOf[b] < 0)
            {
                continue;
            }

            var row = weights.AsSpan(rowOf[b], table.Classes);
            if (NonZero(row) > denseAbove)
            {
                row.CopyTo(_dense.AsSpan(nextDense));
                _rows[b] = ((uint)nextDense << CountBits) | DenseMark;
                nextDense += stride;
                continue;
            }

            int first = next;
            for (int k = row.IndexOfAnyExcept(0f); k >= 0; k = NextNonZero(row, k))
            {
                _entries[next++] = new Entry(k, row[k]);
            }

            _rows[b] = ((uint)first << CountBits) | (uint)(next - first);
        }
    }

    public int Mask { get; }

    /// <summary>Adds the rows of the given buckets into <paramref name="scores"/> (length &gt;= the source table's Stride).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        // All row descriptors first: independent reads that the processor overlaps.
        Span<uint> rows = buckets.Length <= 256 ? stackalloc uint[buckets.Length] : new uint[buckets.Length];
        ref uint r0 = ref MemoryMarshal.GetArrayDataReference(_rows);
        for (int i = 0; i < buckets.Length; i++)
        {
            rows[i] = Unsafe.Add(ref r0, (uint)buckets[i] & (uint)Mask);
        }

        ref Entry e0 = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref float d0 = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref float s0 = ref MemoryMarshal.GetReference(scores[.._stride]);
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[.._stride]);
        bool vectors = _stride % Vector<float>.Count == 0;
        foreach (uint row in rows)
        {
            if ((row & DenseMark) == DenseMark)
            {
                ref float d = ref Unsafe.Add(ref d0, row >> CountBits);
                if (vectors)
                {
                    var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(MemoryMarshal.CreateReadOnlySpan(ref d, _stride));
                    for (int i = 0; i < acc.Length; i++)
                    {
                        acc[i] += rowVectors[i];
                    }
                }
                else
                {
                    for (int i = 0; i < _stride; i++)
                    {
                        Unsafe.Add(ref s0, i) += Unsafe.Add(ref d, i);
                    }
                }

                continue;
            }

            ref Entry e = ref Unsafe.Add(ref e0, row >> CountBits);
            int count = (int)(row & ((1u << CountBits) - 1));
            for (int j = 0; j < count; j++)
            {
                ref Entry entry = ref Unsafe.Add(ref e, j);
                Unsafe.Add(ref s0, entry.Class) += entry.Weight;
            }
        }
    }

    private static int NextNonZero(ReadOnlySpan<float> row, int k)
    {
        int skip = row[(k + 1)..].IndexOfAnyExcept(0f);
        return skip < 0 ? -1 : k + 1 + skip;
    }

    private static int NonZero(ReadOnlySpan<float> row) => row.Length - row.Count(0f);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(int @class, float weight)
    {
        public readonly int Class = @class;
        public readonly float Weight = weight;
    }
}
