using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores one predicted document against a gold file, layer by layer. Each layer's scorer lives in its
/// own file (DocumentScorer, EntityScorer, TimexScorer …) and is listed here once.
/// </summary>
public static class GoldEvaluation
{
    public delegate IEnumerable<ScoreRow> LayerScorer(GoldFile gold, AnnotatedDocument predicted);

    public static IReadOnlyList<LayerScorer> Scorers { get; } =
    [
        DocumentScorer.Score,
        TimexScorer.Score,
        EntityScorer.Score,
        QuoteScorer.Score,
        EventScorer.Score,
    ];

    public static IReadOnlyList<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        var rows = new List<ScoreRow>();
        foreach (var scorer in Scorers)
        {
            rows.AddRange(scorer(gold, predicted));
        }

        return rows;
    }
}
