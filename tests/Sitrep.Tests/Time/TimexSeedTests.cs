using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;
using Sitrep.Time;
using Xunit.Abstractions;

namespace Sitrep.Tests.Time;

/// <summary>The time stage against the hand-made gold of the seed article (../shared/gold).</summary>
public sealed class TimexSeedTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Seed_article_meets_the_span_and_value_targets()
    {
        string corpus = SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt");
        using var gold = GoldFile.Load(SharedData.Require("gold/seed.gold.json"));
        var document = new Document("seed", File.ReadAllText(corpus), new SourceInfo { Published = new DateOnly(2012, 7, 22) });

        var annotated = new TimexAnnotator().Annotate(new AnnotatedDocument(document));
        foreach (var t in annotated.Timex)
        {
            output.WriteLine($"{t.Start,5} {t.Text,-20} {t.Type,-9} {t.Value,-12} {t.Mod} {t.Anchor}");
        }

        var rows = TimexScorer.Score(gold, annotated).ToDictionary(r => r.Metric);
        foreach (var r in rows.Values)
        {
            output.WriteLine($"{r.Metric}: P {r.Precision:F3} R {r.Recall:F3} F1 {r.F1:F3} ({r.Correct}/{r.Predicted}/{r.Gold}) {r.Note}");
        }

        Assert.True(rows["span"].F1 >= 0.95, $"span F1 {rows["span"].F1:F3}");
        Assert.True(rows["value"].Recall >= 0.95, $"value accuracy {rows["value"].Recall:F3}");
    }
}
