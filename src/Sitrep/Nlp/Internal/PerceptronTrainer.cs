namespace Sitrep.Nlp.Internal;

/// <summary>
/// Trains an averaged perceptron over hashed features (Collins 2002; averaging by the
/// "w - u / c" trick of Daumé, so no per-weight timestamps are kept). Rows are allocated only for
/// buckets that receive an update. Single-threaded; produces an immutable <see cref="WeightTable"/>.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly int _classes;
    private readonly int[] _rowOf;
    private float[] _w;
    private float[] _u;
    private int _rows;

    public PerceptronTrainer(int hashBits, int classes)
    {
        HashBits = hashBits;
        _classes = classes;
        _rowOf = new int[1 << hashBits];
        Array.Fill(_rowOf, -1);
        _w = new float[classes * 4096];
        _u = new float[classes * 4096];
    }

    public int HashBits { get; }

    public int Mask => (1 << HashBits) - 1;

    public int Classes => _classes;

    /// <summary>The update clock: call <see cref="Tick"/> once per training example.</summary>
    public long Clock { get; private set; } = 1;

    public void Tick() => Clock++;

    /// <summary>Current (not averaged) scores of every class, written to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        scores[.._classes].Clear();
        foreach (int b in buckets)
        {
            int row = _rowOf[b];
            if (row < 0)
            {
                continue;
            }

            var src = _w.AsSpan(row, _classes);
            for (int i = 0; i < src.Length; i++)
            {
                scores[i] += src[i];
            }
        }
    }

    /// <summary>Moves weight from the wrong class to the right one for each feature.</summary>
    public void Update(ReadOnlySpan<int> buckets, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        float c = Clock;
        foreach (int b in buckets)
        {
            int row = RowFor(b);
            _w[row + truth] += 1;
            _u[row + truth] += c;
            _w[row + guess] -= 1;
            _u[row + guess] -= c;
        }
    }

    private int RowFor(int bucket)
    {
        int row = _rowOf[bucket];
        if (row >= 0)
        {
            return row;
        }

        row = _rows * _classes;
        if (row + _classes > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            Array.Resize(ref _u, _u.Length * 2);
        }

        _rows++;
        _rowOf[bucket] = row;
        return row;
    }

    /// <summary>
    /// The averaged weights, with rows whose largest weight is below <paramref name="prune"/> dropped
    /// and values rounded to half precision (what the model file stores), laid out for fast scoring.
    /// </summary>
    public WeightTable Finish(float prune)
    {
        int stride = WeightTable.StrideFor(_classes);
        var rowOf = new int[_rowOf.Length];
        Array.Fill(rowOf, -1);
        var kept = new List<float>(_rows * stride / 2);
        float c = Clock;
        for (int b = 0; b < _rowOf.Length; b++)
        {
            int row = _rowOf[b];
            if (row < 0)
            {
                continue;
            }

            float max = 0;
            for (int k = 0; k < _classes; k++)
            {
                float avg = _w[row + k] - (_u[row + k] / c);
                max = Math.Max(max, Math.Abs(avg));
            }

            if (max < prune)
            {
                continue;
            }

            rowOf[b] = kept.Count;
            for (int k = 0; k < stride; k++)
            {
                kept.Add(k < _classes ? (float)(Half)(_w[row + k] - (_u[row + k] / c)) : 0f);
            }
        }

        return new WeightTable(HashBits, _classes, rowOf, [.. kept]);
    }
}
