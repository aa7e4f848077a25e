using Sitrep.Documents;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Time;

public sealed class TimexScorerTests
{
    [Fact]
    public void Scores_exact_spans_and_values_and_accepts_alternatives()
    {
        const string text = "Assad is now isolated and his only friends (for now) remain. Last week he spoke on Friday.";
        string goldPath = Path.Combine(Path.GetTempPath(), $"sitrep-timex-gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(goldPath, """
            { "timex": [
              { "text": "now", "type": "DATE", "value": "PRESENT_REF", "sentence": "Assad is now isolated and his only friends (for now) remain." },
              { "text": "now", "type": "DATE", "value": "PRESENT_REF", "sentence": "Assad is now isolated and his only friends (for now) remain." },
              { "text": "Last week", "type": "DATE", "value": "2012-W29", "value_alternative": "2012-W28", "sentence": "Last week he spoke on Friday." },
              { "text": "Friday", "type": "DATE", "value": "2012-07-20", "sentence": "Last week he spoke on Friday." }
            ] }
            """);
        try
        {
            using var gold = GoldFile.Load(goldPath);
            int second = text.IndexOf("now)", StringComparison.Ordinal);
            var predicted = new AnnotatedDocument(new Document("d", text, new SourceInfo())) with
            {
                Timex =
                [
                    new Timex { Start = second, End = second + 3, Text = "now", Type = TimexType.Date, Value = "PRESENT_REF" },
                    new Timex { Start = 61, End = 70, Text = "Last week", Type = TimexType.Date, Value = "2012-W28" },
                    new Timex { Start = 83, End = 89, Text = "Friday", Type = TimexType.Date, Value = "2012-07-13" },
                    new Timex { Start = 0, End = 5, Text = "Assad", Type = TimexType.Date, Value = "PAST_REF" },
                ],
            };

            var rows = TimexScorer.Score(gold, predicted).ToDictionary(r => r.Metric);

            Assert.Equal((3, 4, 4), (rows["span"].Correct, rows["span"].Predicted, rows["span"].Gold));
            Assert.Equal((2, 3), (rows["value"].Correct, rows["value"].Gold));
        }
        finally
        {
            File.Delete(goldPath);
        }
    }
}
