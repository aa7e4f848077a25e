namespace Sitrep.Nlp.Internal;

/// <summary>
/// Averages linear models trained on the same features with different seeds (example order and
/// exploration). Scores are linear in the weights, so the averaged table scores exactly as the
/// ensemble's mean score would, at the run-time cost of one model; it smooths out the run-to-run
/// variance of a single perceptron.
/// </summary>
internal static class WeightAveraging
{
    /// <summary>
    /// The mean of the tables, with rows whose largest |weight| is below <paramref name="prune"/>
    /// dropped and values rounded to half precision, as <see cref="PerceptronTrainer.Finish"/> does.
    /// </summary>
    public static WeightTable Average(IReadOnlyList<WeightTable> tables, float prune)
    {
        if (tables.Count == 1)
        {
            return tables[0];
        }

        var first = tables[0];
        foreach (var t in tables)
        {
            if (t.HashBits != first.HashBits || t.Classes != first.Classes)
            {
                throw new ArgumentException("only tables of one shape can be averaged");
            }
        }

        int stride = first.Stride;
        int buckets = first.RowOf.Length;
        var rowOf = new int[buckets];
        Array.Fill(rowOf, -1);
        var kept = new List<float>();
        var sum = new float[stride];
        float scale = 1f / tables.Count;
        for (int b = 0; b < buckets; b++)
        {
            bool any = false;
            Array.Clear(sum);
            foreach (var t in tables)
            {
                int row = t.RowOf[b];
                if (row < 0)
                {
                    continue;
                }

                any = true;
                for (int k = 0; k < first.Classes; k++)
                {
                    sum[k] += t.Weights[row + k];
                }
            }

            if (!any)
            {
                continue;
            }

            float max = 0;
            for (int k = 0; k < first.Classes; k++)
            {
                sum[k] = (float)(Half)(sum[k] * scale);
                max = Math.Max(max, Math.Abs(sum[k]));
            }

            if (max < prune)
            {
                continue;
            }

            rowOf[b] = kept.Count;
            kept.AddRange(sum);
        }

        return new WeightTable(first.HashBits, first.Classes, rowOf, [.. kept]);
    }
}
