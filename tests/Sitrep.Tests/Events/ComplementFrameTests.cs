using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Complement verbs frame the verb they govern, as PETRARCH2 and the CAMEO codebook do: "refused to" gives a
/// rejection, "threatened to" a threat, "will" an intent or a threat, each by what follows.
/// </summary>
public sealed class ComplementFrameTests
{
    private static List<CodedEvent> Code(string sentence, bool futureAsIntent = true)
    {
        var coder = new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: true) { CodeFutureAsIntent = futureAsIntent };
        // Violence with no side named is the annotator's to keep or drop (by modality); these tests read actors.
        return SentenceEvents.Code(coder, sentence).FindAll(e => !e.Actorless);
    }

    private static string Triples(List<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.SourceCode ?? "-"} {e.TargetCode ?? "-"} {e.Cameo}"));

    [Fact]
    public void RefusingToMeetIsRejectingTalks()
    {
        Assert.Equal("EGY ISR 125", Triples(Code("Egypt has flatly refused to meet Israel this month.")));
    }

    [Fact]
    public void ANegatedIntentionIsARefusal()
    {
        // 0874 (withdraw) refused: refuse to de-escalate military engagement.
        Assert.Equal("SYR LBN 1246", Triples(Code("Syria is not prepared to withdraw from Lebanon.")));
    }

    [Fact]
    public void ThreateningToImposeSanctionsIsAThreatOfSanctions()
    {
        Assert.Equal("TUR IRN 1312", Triples(Code("Turkey threatened to impose sanctions on Iran.")));
    }

    [Fact]
    public void ThreateningToAttackIsAThreatOfConventionalForce()
    {
        Assert.Equal("TUR IRQ 1384", Triples(Code("Turkey threatened to attack Iraq.")));
    }

    [Fact]
    public void AnAnnouncedVisitIsAnIntentToMeet()
    {
        Assert.Equal("JOR ISR 036", Triples(Code("Jordan will visit Israel next week.")));
    }

    [Fact]
    public void AnAnnouncedAttackIsAThreat()
    {
        Assert.Equal("TUR IRQ 1384", Triples(Code("Turkey said it would attack Iraq.")));
    }

    [Fact]
    public void AnAnnouncedRefusalToMeetIsARejection()
    {
        Assert.Equal("EGY ISR 125", Triples(Code("Egypt will not meet Israel.")));
    }

    [Fact]
    public void PetrarchConventionsCodeTheVerbItself()
    {
        Assert.Equal("JOR ISR 042; ISR JOR 043", Triples(Code("Jordan will visit Israel next week.", futureAsIntent: false)));
    }

    [Fact]
    public void UrgingAnotherToWithdrawIsAnAppealToDeEscalate()
    {
        Assert.Equal("EGY ISR 0256", Triples(Code("Egypt urged Israel to withdraw from Gaza.")));
    }

    [Fact]
    public void CallingOnAnotherToReleaseIsAnAppealForRelease()
    {
        Assert.Equal("EGY ISR 0253", Triples(Code("Egypt called on Israel to release the prisoners.")));
    }

    [Fact]
    public void SayingAnotherMustActIsADemandFromTheSpeaker()
    {
        Assert.Equal("EGY ISR 1056", Triples(Code("Egypt said on Monday that Israel must withdraw from Gaza.")));
    }

    [Fact]
    public void DemandingThatAnotherActIsADemandForThatAct()
    {
        Assert.Equal("EGY ISR 1053", Triples(Code("Egypt demanded that Israel release the prisoners.")));
    }

    [Fact]
    public void AnAnnouncedActOnConditionIsAThreat()
    {
        Assert.Equal("NGA LBY 130", Triples(Code("Nigeria will withdraw from Libya unless the fighting stops.")));
    }

    [Fact]
    public void APluralSubjectBeforeABaseFormMakesItTheVerb()
    {
        var actors = Sitrep.Dictionaries.Petrarch.ActorDictionary.Parse(new StringReader("PALESTINIANS [PSE]\nISRAEL [ISR]\n"), "test.actors.txt");
        var coder = new EventCoder(EventDictionaries.BuiltIn.WithActors(actors, EventDictionaries.BuiltIn.Agents), allowMissingActor: true);

        Assert.Equal("PSE ISR 120", Triples(SentenceEvents.Code(coder, "The Palestinians reject Israel's demands.")));
    }
}
