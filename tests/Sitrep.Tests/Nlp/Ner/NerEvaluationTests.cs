using Sitrep.Nlp.Ner;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Nlp.Ner;

/// <summary>
/// Scores the shipped model on the held-out data in ../shared/training. The floors sit just under
/// the scores measured when the model was trained (data/models/README-ner.md), so a regression in
/// features, readers or decoding fails here.
/// </summary>
public sealed class NerEvaluationTests
{
    [SkippableFact]
    public void Shipped_model_keeps_its_held_out_scores()
    {
        string data = SharedData.Require("training");

        var rows = NerEvaluation.Evaluate(NerModel.Default, data);

        var uner = rows.Single(r => r.Metric == "UNER-EWT test all");
        var gum = rows.Single(r => r.Metric == "GUM news held-out all");
        Assert.True(uner.Gold > 1000, $"UNER test should hold over 1000 names, read {uner.Gold}");
        Assert.True(gum.Gold > 300, $"GUM held-out news should hold over 300 names, read {gum.Gold}");
        Assert.True(uner.F1 >= 0.66, $"UNER-EWT test F1 {uner.F1:P1} fell below 66%");
        Assert.True(gum.F1 >= 0.67, $"GUM news held-out F1 {gum.F1:P1} fell below 67%");
    }
}
