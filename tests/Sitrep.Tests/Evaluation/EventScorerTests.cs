using Sitrep.Documents;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public sealed class EventScorerTests
{
    private const string Text = "Hassan died in the bombing, while Ali died from his injuries.";

    private const string GoldJson = """
        { "entities": [ { "id": "x", "name": "Ali", "type": "PERSON", "cameo_actor": "SYRGOV" } ],
          "events": [
            { "id": "e1", "sentence": "Hassan died in the bombing, while Ali died from his injuries.", "trigger": "died", "cameo_code": "183", "source": null, "target": "x" },
            { "id": "e2", "sentence": "Hassan died in the bombing, while Ali died from his injuries.", "trigger": "died", "cameo_code": "183", "source": null, "target": "x" }
          ] }
        """;

    [Fact]
    public void TwoGoldEventsWithTheSameTriggerWordAreItsFirstAndSecondOccurrence()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, GoldJson);
            using var gold = GoldFile.Load(path);
            int second = Text.LastIndexOf("died", StringComparison.Ordinal);
            var predicted = new AnnotatedDocument(new Document("t", Text, new SourceInfo()))
            {
                Events = [new Event { Id = "ev1", Cameo = "183", TargetActor = "SYRGOV", Trigger = new TextSpan(second, second + 4) }],
            };

            var rows = EventScorer.Score(gold, predicted).ToDictionary(r => r.Metric);

            // Only the second "died" is predicted: one of the two gold events is found, not both.
            Assert.Equal((1, 1, 2), (rows["trigger"].Correct, rows["trigger"].Predicted, rows["trigger"].Gold));
            Assert.Equal(1, rows["type+source+target"].Correct);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
