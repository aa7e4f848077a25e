namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// A structured averaged perceptron over the BIO lattice (Collins 2002): decode a sentence with the
/// current weights, and where the best sequence differs from the gold one, add the gold features and
/// subtract the predicted ones. Averaging uses the running-sum trick (avg = w − Σ c·Δ / c), so each
/// update stays O(features).
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int S = NerLabels.Stride;

    private readonly float[] _weights;
    private readonly double[] _weightSums;
    private readonly float[] _transitions = new float[BioViterbi.TransitionRows * S];
    private readonly double[] _transitionSums = new double[BioViterbi.TransitionRows * S];
    private readonly int _mask;
    private int _step = 1;

    public PerceptronTrainer(int buckets)
    {
        _weights = new float[buckets * S];
        _weightSums = new double[buckets * S];
        _mask = buckets - 1;
    }

    /// <summary>Decodes one sentence and updates the weights where it was wrong; returns the number of wrong tokens.</summary>
    public int Learn(uint[] features, byte[] gold, float[] emissions, byte[] predicted)
    {
        int n = gold.Length;
        BioViterbi.Emissions(_weights, _mask, features, n, emissions);
        BioViterbi.Decode(emissions, _transitions, n, predicted);
        int wrong = 0;
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = predicted[i];
            int gPrev = i == 0 ? BioViterbi.StartRow : gold[i - 1];
            int pPrev = i == 0 ? BioViterbi.StartRow : predicted[i - 1];
            if (g != p)
            {
                wrong++;
                for (int k = 0; k < NerFeatures.PerToken; k++)
                {
                    int row = (int)(features[(i * NerFeatures.PerToken) + k] & (uint)_mask) * S;
                    Add(_weights, _weightSums, row + g, 1);
                    Add(_weights, _weightSums, row + p, -1);
                }
            }

            if (g != p || gPrev != pPrev)
            {
                Add(_transitions, _transitionSums, (gPrev * S) + g, 1);
                Add(_transitions, _transitionSums, (pPrev * S) + p, -1);
            }
        }

        _step++;
        return wrong;
    }

    /// <summary>The averaged weights and transitions.</summary>
    public (float[] Weights, float[] Transitions) AveragedWeights() => (Averaged(_weights, _weightSums), Averaged(_transitions, _transitionSums));

    /// <summary>The averaged weights and transitions, as a new model.</summary>
    public NerModel Average(NerLexicon lexicon, bool usesPosTags)
    {
        return new NerModel(Averaged(_weights, _weightSums), Averaged(_transitions, _transitionSums), lexicon, usesPosTags);
    }

    private float[] Averaged(float[] weights, double[] sums)
    {
        var result = new float[weights.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (float)(weights[i] - (sums[i] / _step));
        }

        return result;
    }

    private void Add(float[] weights, double[] sums, int index, float delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }
}
