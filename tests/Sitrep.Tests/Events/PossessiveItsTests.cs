using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// The possessive "its" takes the organisation or state named last before it, in its sentence or the
/// one before, so "Its teams delivered …" is the named organisation's event; and two news phrasings
/// of the built-in dictionary ("returned fire", "delivered supplies").
/// </summary>
public sealed class PossessiveItsTests
{
    private static AnnotatedDocument Pipeline(string text) =>
        DefaultPipeline.Create().Annotate(new Document("t", text, new SourceInfo { Published = new DateOnly(2024, 3, 10) }));

    [Fact]
    public void ItsInTheNextSentenceTakesTheOrganisationNamedBefore()
    {
        var doc = Pipeline("The Red Cross said the roads were open again. Its teams delivered food to Syria on Monday.");

        var aid = Assert.Single(doc.Events);
        Assert.Equal("073", aid.Cameo);
        Assert.Equal("NGOIRC", aid.SourceActor);
        Assert.Equal("SYR", aid.TargetActor);
    }

    [Fact]
    public void ItsDoesNotReachBackTwoSentences()
    {
        var doc = Pipeline("The Red Cross said the roads were open again. The weather was bad. Its teams delivered food to Syria on Monday.");

        var aid = Assert.Single(doc.Events);
        Assert.Null(aid.SourceActor);
    }

    [Fact]
    public void ItsIsNeverAPerson()
    {
        var doc = Pipeline("Vladimir Putin spoke on Monday. Its teams delivered food to Syria.");

        Assert.DoesNotContain(doc.Events, e => e.SourceActor is not null && e.SourceActor.StartsWith("RUS", StringComparison.Ordinal));
    }

    [Fact]
    public void ReturningFireIsMilitaryForce()
    {
        var doc = Pipeline("Syrian troops returned fire.");

        var fight = Assert.Single(doc.Events);
        Assert.Equal("190", fight.Cameo);
        Assert.Equal("SYRMIL", fight.SourceActor);
    }
}
