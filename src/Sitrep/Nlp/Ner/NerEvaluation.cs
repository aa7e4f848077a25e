using Sitrep.Evaluation;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Nlp.Ner;

/// <summary>
/// Entity-level scores (exact span and label) on the held-out data, on gold tokenization:
/// UNER EWT test (PER/ORG/LOC) and the eight held-out GUM news documents (named persons,
/// organisations and places, read as <c>GumEntityReader</c> defines them).
/// </summary>
public static class NerEvaluation
{
    public const string Layer = "ner";

    /// <summary>Scores a model on both held-out sets; rows per type and "all" for each set.</summary>
    public static IReadOnlyList<ScoreRow> Evaluate(NerModel model, string dataDirectory)
    {
        var rows = new List<ScoreRow>();
        rows.AddRange(Score(model, NerDataSplit.UnerTestSentences(dataDirectory), "UNER-EWT test"));
        rows.AddRange(Score(model, NerDataSplit.GumNewsTestSentences(dataDirectory), "GUM news held-out"));
        return rows;
    }

    internal static List<ScoreRow> Score(NerModel model, IReadOnlyList<NerSentence> sentences, string set)
    {
        int types = NerLabels.Types.Length;
        var correct = new int[types];
        var predictedCount = new int[types];
        var goldCount = new int[types];
        var labels = new byte[16];
        foreach (var sentence in sentences)
        {
            if (labels.Length < sentence.Length)
            {
                labels = new byte[sentence.Length * 2];
            }

            var predicted = labels.AsSpan(0, sentence.Length);
            model.Tag(sentence.Text, sentence.Tokens, predicted);
            var guessed = NerSpanDecoder.Decode(predicted);
            var gold = sentence.Spans();
            foreach (var g in gold)
            {
                goldCount[g.Type]++;
            }

            foreach (var p in guessed)
            {
                predictedCount[p.Type]++;
                if (gold.Contains(p))
                {
                    correct[p.Type]++;
                }
            }
        }

        var rows = new List<ScoreRow>();
        for (int t = 0; t < types; t++)
        {
            rows.Add(new ScoreRow(Layer, $"{set} {NerLabels.Types[t]}", correct[t], predictedCount[t], goldCount[t]));
        }

        rows.Add(new ScoreRow(Layer, $"{set} all", correct.Sum(), predictedCount.Sum(), goldCount.Sum(), $"{sentences.Count} sentences, exact span and label"));
        return rows;
    }
}
