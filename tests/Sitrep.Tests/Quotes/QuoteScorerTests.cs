using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Quotes;

namespace Sitrep.Tests.Quotes;

public sealed class QuoteScorerTests : IDisposable
{
    private const string Text =
        "Minister Ana Costa said: “The port will reopen on Monday.” Local traders claimed the closure had cost them millions. " +
        "There have been reports of looting.";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-quote-scorer-" + Guid.NewGuid().ToString("N"));

    public QuoteScorerTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private GoldFile Gold(string quotesJson)
    {
        var path = Path.Combine(_dir, "gold.json");
        File.WriteAllText(path, $$"""
            {
              "entities": [ { "id": "costa", "name": "Ana Costa", "aliases": [], "mentions": ["Minister Ana Costa"] } ],
              "quotes": {{quotesJson}}
            }
            """);
        return GoldFile.Load(path);
    }

    private const string AllThree = """
        [
          { "id": "q1", "type": "direct", "text": "The port will reopen on Monday.", "speaker": "costa", "speaker_mention": "Minister Ana Costa", "sentence": "Minister Ana Costa said: “The port will reopen on Monday.”" },
          { "id": "q2", "type": "indirect", "text": "the closure had cost them millions", "speaker": "traders (unnamed)", "speaker_mention": "Local traders", "sentence": "Local traders claimed the closure had cost them millions." },
          { "id": "q3", "type": "indirect", "text": "looting", "speaker": "reports (unattributed)", "speaker_mention": "reports", "sentence": "There have been reports of looting." }
        ]
        """;

    [Fact]
    public void Annotator_output_scores_perfectly_against_gold_that_agrees()
    {
        using var gold = Gold(AllThree);
        var predicted = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", Text, new SourceInfo())));
        var rows = QuoteScorer.Score(gold, predicted).ToDictionary(r => r.Metric);

        Assert.Equal((1, 1, 1), (rows["direct+speaker"].Correct, rows["direct+speaker"].Predicted, rows["direct+speaker"].Gold));
        Assert.Equal((2, 2, 2), (rows["indirect+speaker"].Correct, rows["indirect+speaker"].Predicted, rows["indirect+speaker"].Gold));
    }

    [Fact]
    public void Wrong_speaker_counts_for_the_span_but_not_for_the_speaker_row()
    {
        using var gold = Gold(AllThree);
        var doc = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", Text, new SourceInfo())));
        var wrong = doc with { Quotes = [.. doc.Quotes.Select(q => q.Type == QuoteType.Direct ? q with { SpeakerName = "Pedro Alves" } : q)] };
        var rows = QuoteScorer.Score(gold, wrong).ToDictionary(r => r.Metric);

        Assert.Equal(1, rows["direct"].Correct);
        Assert.Equal(0, rows["direct+speaker"].Correct);
    }

    [Fact]
    public void Speaker_entity_is_compared_by_its_names()
    {
        using var gold = Gold(AllThree);
        var doc = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", Text, new SourceInfo())));
        var entity = new Entity { Id = "e9", Name = "Ana Costa", Type = EntityType.Person };
        var byId = doc with
        {
            Entities = [entity],
            Quotes = [.. doc.Quotes.Select(q => q.Type == QuoteType.Direct ? q with { Speaker = "e9", SpeakerName = null } : q)],
        };

        Assert.Equal(1, QuoteScorer.Score(gold, byId).Single(r => r.Metric == "direct+speaker").Correct);
    }

    [Fact]
    public void Missing_and_extra_quotes_lower_recall_and_precision()
    {
        using var gold = Gold(AllThree);
        var only = new AnnotatedDocument(new Document("t", Text, new SourceInfo()))
        {
            Quotes =
            [
                new Quote { Start = 0, End = 8, Text = "Minister", Type = QuoteType.Indirect },
                new Quote { Start = Text.IndexOf("the closure", StringComparison.Ordinal), End = Text.IndexOf(" millions", StringComparison.Ordinal) + 9, Text = "the closure had cost them millions", Type = QuoteType.Indirect, SpeakerName = "Local traders" },
            ],
        };
        var row = QuoteScorer.Score(gold, only).Single(r => r.Metric == "indirect+speaker");
        Assert.Equal((1, 2, 2), (row.Correct, row.Predicted, row.Gold));
        Assert.Equal(0, QuoteScorer.Score(gold, only).Single(r => r.Metric == "direct").Correct);
    }
}
