using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Quotes;

/// <summary>The quotes layer on the seed article, scored against its gold (../shared, read at run time).</summary>
public class QuoteSeedTests(ITestOutputHelper output)
{
    private static readonly SitrepPipeline Pipeline = DefaultPipeline.Create();

    private static AnnotatedDocument AnnotateSeed()
    {
        var path = SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt");
        var input = InputReader.Read([path], new IngestOptions { Published = new DateOnly(2012, 7, 22) }).Single();
        Assert.Null(input.Error);
        return Pipeline.Annotate(input.Document!);
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

    [SkippableFact]
    public void Seed_pull_quote_is_credited_to_the_body_speaker_not_the_byline()
    {
        var annotated = AnnotateSeed();
        Skip.If(!annotated.Document.Removed.Any(r => r.Kind == RemovedKind.PullQuote), "ingest did not mark the pull quote");

        var match = Assert.Single(Sitrep.Quotes.PullQuoteMatcher.Match(annotated));
        var quote = annotated.Quotes[match.Quote];
        Assert.Equal("the biggest chemical weapons arsenal in the world", quote.DirectSpan!.Value.Text(annotated.Text));
        var claim = Assert.Single(annotated.Claims, c => c.PulledOut);
        Assert.Contains("Naveh", claim.SpeakerName ?? "");
        Assert.DoesNotContain("Manduca", claim.SpeakerName ?? "");
    }

    [SkippableFact]
    public void Seed_claims_ledger_holds_the_prediction_and_the_demands()
    {
        var annotated = AnnotateSeed();
        Assert.Contains(annotated.Claims, c => c.Stance == Stance.Predicts && c.Text.Contains("won’t survive the upheaval", StringComparison.Ordinal) && (c.SpeakerName ?? "").Contains("Kochavi", StringComparison.Ordinal));
        Assert.Contains(annotated.Claims, c => c.Stance == Stance.Demands && c.Text == "a political transition in Syria" && (c.SpeakerName ?? "").Contains("Tlas", StringComparison.Ordinal));
        Assert.Contains(annotated.Claims, c => c.Stance == Stance.Accuses && c.Text.Contains("criminals of the regime", StringComparison.Ordinal));
    }
}
