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

        var trigger = rows.Single(r => r.Metric == "trigger");
        Assert.Equal(51, trigger.Gold);
        // A floor to catch a stage that stops finding events, not the target (see the events report).
        Assert.True(trigger.Recall > 0.25, $"trigger recall {trigger.Recall:F2}");
    }
}
