using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The means named around a violent verb refines its code: a bomb makes it a non-military bombing (CAMEO 183x).</summary>
public sealed class InstrumentTests
{
    private static List<CodedEvent> Code(string sentence) => SentenceEvents.Code(SentenceEvents.BuiltInCoder(), sentence);

    [Fact]
    public void KilledByARoadsideBombIsARoadsideBombing()
    {
        Assert.Contains(Code("Two Egyptian soldiers were killed by a roadside bomb near Rafah."), e => e.Cameo == "1833" && e.TargetCode == "EGYMIL");
    }

    [Fact]
    public void ASuicideBomberAsSubjectIsASuicideBombing()
    {
        Assert.Contains(Code("A suicide bomber wounded three Egyptian soldiers on Monday."), e => e.Cameo == "1831");
    }

    [Fact]
    public void ACarBombAfterTheVerbIsAVehicleBombing()
    {
        Assert.Contains(Code("Militants attacked Egyptian soldiers with a car bomb."), e => e.Cameo == "1832");
    }

    [Fact]
    public void AGunbattleStaysArmedFighting()
    {
        Assert.DoesNotContain(Code("Israeli troops killed two Egyptian soldiers in a gunbattle."), e => e.Cameo.StartsWith("183", StringComparison.Ordinal));
    }
}
