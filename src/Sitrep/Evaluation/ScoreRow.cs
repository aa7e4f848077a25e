namespace Sitrep.Evaluation;

/// <summary>One line of an evaluation table: a layer, a metric, and its counts.</summary>
public sealed record ScoreRow(string Layer, string Metric, int Correct, int Predicted, int Gold, string? Note = null)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>An accuracy row: Correct out of Gold items (Predicted = Gold).</summary>
    public static ScoreRow Accuracy(string layer, string metric, int correct, int total, string? note = null) =>
        new(layer, metric, correct, total, total, note);
}
