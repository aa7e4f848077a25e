using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>"in defiance of X", "in protest against X": X is whom the act is aimed at.</summary>
public sealed class DirectedPhraseTests
{
    private static string Codes(string sentence)
    {
        return SentenceEvents.Directed(SentenceEvents.BuiltInCoder(), sentence);
    }

    [Fact]
    public void DefianceOfNamesTheTargetBeforeAPlaceOfTheObject()
    {
        Assert.Equal("144 ---OPP>KENGOV", Codes("Protesters blocked roads in Uganda in defiance of the Kenyan government."));
    }

    [Fact]
    public void ProtestOfAfterAnEventNounNamesTheTarget()
    {
        Assert.Contains("142 ---OPP>KENGOV", Codes("Protesters staged a hunger strike in protest of the Kenyan government's decision."));
    }

    [Fact]
    public void OfAfterAnotherNounStillNamesTheAgent()
    {
        Assert.Contains("142 KENOPP>", Codes("The hunger strike of Kenyan activists went on."));
    }
}
