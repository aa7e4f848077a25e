using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A light verb's object noun names the event ("staged demonstrations"); the verb's subject is its agent and a frame around the verb frames it.</summary>
public sealed class SupportVerbTests
{
    private static List<CodedEvent> Code(string sentence) => SentenceEvents.Code(SentenceEvents.BuiltInCoder(), sentence);

    [Fact]
    public void TheSubjectOfALightVerbIsTheAgentOfTheNounsEvent()
    {
        Assert.Contains(Code("Egyptian prisoners began a hunger strike on Monday."), e => e.Cameo == "142" && e.SourceCode is { } s && s.StartsWith("EGY", StringComparison.Ordinal));
    }

    [Fact]
    public void CoordinatedSubjectsOfRenewedNegotiationsNegotiateWithEachOther()
    {
        var events = Code("Egypt and Israel renewed negotiations on Monday.");

        Assert.Contains(events, e => e.Cameo == "046" && e.SourceCode == "EGY" && e.TargetCode == "ISR");
        Assert.Contains(events, e => e.Cameo == "046" && e.SourceCode == "ISR" && e.TargetCode == "EGY");
    }

    [Fact]
    public void AThreatToImposeACurfewIsAThreatOfACurfew()
    {
        Assert.Contains(Code("Egypt threatened to impose a curfew on Gaza."), e => e.Cameo == "1323" && e.SourceCode == "EGY");
    }

    [Fact]
    public void LiftingACurfewEasesAdministrativeSanctions()
    {
        Assert.Contains(Code("Egypt lifted the nightly curfew on Monday."), e => e.Cameo == "0813" && e.SourceCode == "EGY");
    }

    [Fact]
    public void SuspendingAidToAnotherStopsAid()
    {
        Assert.Contains(Code("Egypt suspended humanitarian aid to Israel."), e => e.Cameo == "1623" && e.SourceCode == "EGY" && e.TargetCode == "ISR");
    }

    [Fact]
    public void EndingAWarIsNotAnAttack()
    {
        Assert.DoesNotContain(Code("Egypt ended the war with Israel."), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }
}
