using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>"the French-led mission": a force led by an actor is coded as that actor.</summary>
public sealed class ActorCompoundTests
{
    private static string Codes(string sentence)
    {
        return SentenceEvents.Directed(SentenceEvents.BuiltInCoder(), sentence);
    }

    [Fact]
    public void ALedCompoundNamesItsLeader()
    {
        Assert.Equal("112 KEN>FRA", Codes("Kenya accused the French-led mission of fraud."));
    }

    [Fact]
    public void OtherCompoundsAndUnknownLeadersNameNoActor()
    {
        Assert.Equal("112 KEN>", Codes("Kenya accused the French-backed mission of fraud."));
        Assert.Equal("112 KEN>", Codes("Kenya accused the Smith-led mission of fraud."));
    }
}
