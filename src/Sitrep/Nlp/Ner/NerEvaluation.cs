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

    /// <summary>
    /// Scores a model on both held-out sets; rows per type and "all" for each set. When
    /// <paramref name="errors"/> is given, each sentence with a missed or spurious name is written to it.
    /// </summary>
    public static IReadOnlyList<ScoreRow> Evaluate(NerModel model, string dataDirectory, TextWriter? errors = null)
    {
        var rows = new List<ScoreRow>();
        rows.AddRange(Score(model, NerDataSplit.UnerTestSentences(dataDirectory), "UNER-EWT test", errors));
        rows.AddRange(Score(model, NerDataSplit.GumNewsTestSentences(dataDirectory), "GUM news held-out", errors));
        return rows;
    }

    internal static List<ScoreRow> Score(NerModel model, IReadOnlyList<NerSentence> sentences, string set, TextWriter? errors = null)
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

            if (errors is not null)
            {
                WriteErrors(errors, set, sentence, gold, guessed);
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

    private static void WriteErrors(TextWriter errors, string set, NerSentence sentence, List<(int First, int End, int Type)> gold, List<(int First, int End, int Type)> guessed)
    {
        var missed = gold.Where(g => !guessed.Contains(g)).ToList();
        var spurious = guessed.Where(g => !gold.Contains(g)).ToList();
        if (missed.Count + spurious.Count == 0)
        {
            return;
        }

        errors.WriteLine($"{set}\t{sentence.Source}\t{sentence.Text}");
        errors.WriteLine($"\tmissed:   {Show(missed)}");
        errors.WriteLine($"\tspurious: {Show(spurious)}");

        string Show(List<(int First, int End, int Type)> spans) => string.Join(" | ", spans.Select(x =>
            sentence.Text[sentence.Tokens[x.First].Start..sentence.Tokens[x.End - 1].End] + "/" + NerLabels.Types[x.Type]));
    }
}
