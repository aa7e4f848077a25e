using System.Text;
using Sitrep.Documents;
using Sitrep.Quotes;

namespace Sitrep.Tests.Quotes;

public class QuoteRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "said", "told", "according to", "called for", "reports of", "described", "as", "that", "and", "which", "who", "by",
        "was", "is said to", "he", "she", "the minister", "Ana Costa", "This", "Mr.", "al-Fares", "10,000", "“", "”", "\"", "‘",
        "’", "'", ",", ".", ":", ";", "?", "!", "(", ")", "—", "\n\n", "\n", " ", "  ", "“We", "won’t", "it", "later",
    ];

    [Fact]
    public void Random_mixtures_of_cues_marks_and_breaks_never_throw_and_stay_in_bounds()
    {
        var random = new Random(20120722);
        var annotator = new QuoteAnnotator();
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    sb.Append(' ');
                }
            }

            var text = sb.ToString();
            var doc = annotator.Annotate(new AnnotatedDocument(new Document("fuzz", text, new SourceInfo())
            {
                Removed = [new RemovedSpan(0, 0, RemovedKind.PullQuote, text)],
            }));

            foreach (var q in doc.Quotes)
            {
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.End, q.Start, text.Length);
                Assert.True(q.DirectSpan is null || (q.DirectSpan.Value.Start >= 0 && q.DirectSpan.Value.End <= text.Length), text);
            }

            foreach (var c in doc.Claims)
            {
                Assert.InRange(c.Quote, 0, doc.Quotes.Count - 1);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("\"")]
    [InlineData("said")]
    [InlineData("He said:")]
    [InlineData("He said: “")]
    [InlineData("according to")]
    [InlineData("“,” he said, “")]
    public void Degenerate_inputs_give_no_quotes_or_sensible_ones(string text)
    {
        var doc = new QuoteAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo())));
        Assert.All(doc.Quotes, q => Assert.InRange(q.End, q.Start, text.Length));
    }
}
