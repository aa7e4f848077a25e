using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Quotes;

/// <summary>The quotes layer on the seed article, scored against its gold (../shared, read at run time).</summary>
public class QuoteSeedTests(ITestOutputHelper output)
{
    private static AnnotatedDocument AnnotateSeed()
    {
        var path = SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt");
        var doc = new Document("seed", File.ReadAllText(path), new SourceInfo { Path = path, Published = new DateOnly(2012, 7, 22) });
        return DefaultPipeline.Create().Annotate(doc);
    }

    [SkippableFact]
    public void Seed_direct_and_indirect_quotes_reach_the_targets_with_correct_speakers()
    {
        using var gold = GoldFile.Load(SharedData.Require("gold/seed.gold.json"));
        var annotated = AnnotateSeed();
        foreach (var q in annotated.Quotes)
        {
            output.WriteLine($"{q.Type,-8} [{q.SpeakerName ?? q.Speaker ?? "-"}] cue={q.Cue?.Text(annotated.Text)} :: {q.Text}");
        }

        foreach (var c in annotated.Claims)
        {
            output.WriteLine($"CLAIM {c.Stance} {c.SpeakerName} {c.Date} :: {c.Text}");
        }

        var rows = QuoteScorer.Score(gold, annotated).ToDictionary(r => r.Metric);
        foreach (var r in rows.Values)
        {
            output.WriteLine($"{r.Metric,-20} P={r.Precision:F3} R={r.Recall:F3} F1={r.F1:F3} ({r.Correct}/{r.Predicted}/{r.Gold}) {r.Note}");
        }

        Assert.True(rows["direct+speaker"].F1 >= 0.95, $"direct+speaker F1 {rows["direct+speaker"].F1:F3}");
        Assert.True(rows["indirect+speaker"].F1 >= 0.80, $"indirect+speaker F1 {rows["indirect+speaker"].F1:F3}");
    }
}
