using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A bare role used as a modifier ("military aid") is passed over for the actor the phrase goes on to name.</summary>
public sealed class TargetSelectionTests
{
    private static List<CodedEvent> Code(string sentence) => SentenceEvents.Code(SentenceEvents.BuiltInCoder(), sentence);

    [Fact]
    public void MilitaryAidToACountryTargetsTheCountry()
    {
        Assert.Contains(Code("Britain will provide military aid to Mozambique."), e => e.SourceCode == "GBR" && e.TargetCode == "MOZ");
    }

    [Fact]
    public void ARoleNamedAloneStaysTheTarget()
    {
        Assert.Contains(Code("Egypt condemned the military attacks on civilians."), e => e.Cameo == "111" && e.TargetCode == "---MIL");
    }
}
