using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

/// <summary>The default pipeline on the seed article, scored by <see cref="EventScorer"/> against the seed gold.</summary>
public sealed class SeedGoldEventTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void SeedArticleEventsAreScored()
    {
        var goldPath = SharedData.Require("gold/seed.gold.json");
        var article = SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt");
        var input = Assert.Single(InputReader.Read([article], new IngestOptions { Published = new DateOnly(2012, 7, 22) }));
        var annotated = DefaultPipeline.Create().Annotate(input.Document!);
        using var gold = GoldFile.Load(goldPath);

        var rows = EventScorer.Score(gold, annotated).ToList();
        foreach (var r in rows)
        {
            output.WriteLine($"{r.Metric,-26} correct {r.Correct,3} predicted {r.Predicted,3} gold {r.Gold,3}  P {r.Precision:F2} R {r.Recall:F2} F1 {r.F1:F2}");
        }

        // Regression floors a little under the measured figures (session 2: trigger F1 0.76, type F1 0.58,
        // type+source+target F1 0.51, date 0.79, modality 1.00), not the issue's targets.
        double F1(string metric) => rows.Single(r => r.Metric == metric).F1;
        Assert.True(F1("trigger") >= 0.70, $"trigger F1 {F1("trigger"):F2}");
        Assert.True(F1("type") >= 0.52, $"type F1 {F1("type"):F2}");
        Assert.True(F1("type+source+target") >= 0.45, $"type+source+target F1 {F1("type+source+target"):F2}");
        Assert.True(F1("date (found events)") >= 0.72, $"date {F1("date (found events)"):F2}");
        Assert.True(F1("modality (found events)") >= 0.90, $"modality {F1("modality (found events)"):F2}");
    }
}
