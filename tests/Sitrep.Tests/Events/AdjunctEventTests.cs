using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>An event noun in the verb's "in a/an …" adjunct is the verb's own event and takes its sides.</summary>
public sealed class AdjunctEventTests
{
    private static string Codes(string sentence)
    {
        return SentenceEvents.Directed(SentenceEvents.BuiltInCoder(), sentence);
    }

    [Fact]
    public void TheAttackInWhichSoldiersWereKilledHasTheKillingsSides()
    {
        var codes = Codes("Iraqi troops killed six Turkish civilians in an attack on a farm near the border.");
        Assert.Contains(">TURCVL", codes.Split("; ")[0]);
        Assert.Equal(codes.Split("; ")[0][4..], codes.Split("; ")[1][4..]);
    }

    [Fact]
    public void AnEventNounInAnotherClauseKeepsItsOwnSides()
    {
        var codes = Codes("Iraqi troops killed six Turkish civilians, and the army said it would answer in an attack on Syria.");
        Assert.DoesNotContain("190 IRQMIL>TURCVL", codes);
    }
}
