using System.Buffers;
using System.Runtime.Intrinsics;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Scoring shared by training and tagging: per-token label scores from hashed feature weights,
/// then the best BIO sequence under first-order label transitions (Viterbi), with the invalid
/// transitions (O → I-X, B-PER → I-ORG, …) ruled out.
/// </summary>
internal static class BioViterbi
{
    /// <summary>Rows of the transition table: one per previous label, then the sentence start.</summary>
    public const int TransitionRows = NerLabels.Count + 1;

    public const int StartRow = NerLabels.Count;

    /// <summary>emissions[i*Stride + label] = sum of the weight rows of token i's features.</summary>
    public static void Emissions(ReadOnlySpan<float> weights, int mask, ReadOnlySpan<uint> features, int n, Span<float> emissions)
    {
        const int S = NerLabels.Stride;
        for (int i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * S, S);
            var f = features.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken);
            if (Vector256.IsHardwareAccelerated)
            {
                var sum = Vector256<float>.Zero;
                foreach (uint feature in f)
                {
                    sum += Vector256.Create(weights.Slice((int)(feature & (uint)mask) * S, S));
                }

                sum.CopyTo(row);
            }
            else
            {
                row.Clear();
                foreach (uint feature in f)
                {
                    var w = weights.Slice((int)(feature & (uint)mask) * S, S);
                    for (int l = 0; l < S; l++)
                    {
                        row[l] += w[l];
                    }
                }
            }
        }
    }

    /// <summary>Writes the highest-scoring valid BIO sequence into <paramref name="labels"/>.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<byte> labels)
    {
        const int S = NerLabels.Stride;
        const int L = NerLabels.Count;
        if (n == 0)
        {
            return;
        }

        var scorePool = ArrayPool<float>.Shared;
        var backPool = ArrayPool<byte>.Shared;
        var delta = scorePool.Rent(n * S);
        var back = backPool.Rent(n * S);
        try
        {
            for (int l = 0; l < L; l++)
            {
                delta[l] = NerLabels.IsInside(l) ? float.NegativeInfinity : emissions[l] + transitions[(StartRow * S) + l];
            }

            for (int i = 1; i < n; i++)
            {
                int here = i * S, before = (i - 1) * S;
                for (int l = 0; l < L; l++)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    for (int p = 0; p < L; p++)
                    {
                        if (!NerLabels.IsAllowed(p, l))
                        {
                            continue;
                        }

                        float s = delta[before + p] + transitions[(p * S) + l];
                        if (s > best)
                        {
                            best = s;
                            arg = p;
                        }
                    }

                    delta[here + l] = best + emissions[here + l];
                    back[here + l] = (byte)arg;
                }
            }

            int last = (n - 1) * S;
            int label = 0;
            for (int l = 1; l < L; l++)
            {
                if (delta[last + l] > delta[last + label])
                {
                    label = l;
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = (byte)label;
                label = back[(i * S) + label];
            }
        }
        finally
        {
            scorePool.Return(delta);
            backPool.Return(back);
        }
    }
}
