using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>"sent soldiers to X": a role with no country before "to"/"for" is what is sent; X is the other side.</summary>
public sealed class SentRoleTests
{
    private static string Codes(string sentence)
    {
        return SentenceEvents.Directed(SentenceEvents.BuiltInCoder(), sentence);
    }

    [Fact]
    public void TheRecipientAfterToOrForIsTheTarget()
    {
        Assert.Equal("154 KEN>SOMGOV", Codes("Kenya provided soldiers to the Somali government."));
        Assert.StartsWith("154 KEN>SOM;", Codes("Kenya deployed soldiers for a war against Somalia."));
    }

    [Fact]
    public void AnInfinitiveAfterTheRoleKeepsItAsTheTarget()
    {
        Assert.Equal("020 KEN>---MIL", Codes("Kenya urged the soldiers to support Somalia."));
    }
}
