using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The coder on sentences written for these tests, with Sitrep's built-in dictionaries.</summary>
public sealed class EventCoderTests
{
    private static List<CodedEvent> Code(string sentence, bool strict = false) =>
        SentenceEvents.Code(new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: !strict), sentence);

    private static string Triples(List<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.SourceCode ?? "-"} {e.TargetCode ?? "-"} {e.Cameo}"));

    [Fact]
    public void ActiveVoiceSubjectIsSourceObjectIsTarget()
    {
        Assert.Equal("RUS UKR 190", Triples(Code("Russia attacked Ukraine on Monday.")));
    }

    [Fact]
    public void PassiveVoiceTakesTheByPhraseAsSource()
    {
        Assert.Equal("RUS UKR 190", Triples(Code("Ukraine was attacked by Russia on Monday.")));
    }

    [Fact]
    public void CoordinatedSubjectsGiveOneEventEach()
    {
        var events = Code("Russia and China vetoed a United Nations resolution on Thursday.");

        Assert.Equal("RUS IGOUNO 129; CHN IGOUNO 129", Triples(events));
    }

    [Fact]
    public void CoordinatedObjectsGiveOneEventEach()
    {
        Assert.Equal("EGY TUR 111; EGY QAT 111", Triples(Code("Egypt condemned Turkey and Qatar.")));
    }

    [Fact]
    public void AgentsCombineWithTheirActor()
    {
        Assert.Equal("FRAGOV SYRMIL 111", Triples(Code("The French foreign minister condemned the Syrian army.")));
    }

    [Fact]
    public void AClauseOfItsOwnHasItsOwnSubject()
    {
        // "crowds" is the subject of "attacked", not Jordan.
        Assert.Equal("JOR ISR 042; ISR JOR 043", Triples(Code("Jordan visited Israel after crowds attacked its embassy.", strict: true)));
    }

    [Fact]
    public void ANounAfterADeterminerIsNotReadAsAVerb()
    {
        var events = Code("Egypt condemned the attack on Israel.", strict: true);

        Assert.DoesNotContain(events, e => e.Cameo == "190" && e.SourceCode == "EGY");
        Assert.Contains(events, e => e.Cameo == "111");
    }

    [Fact]
    public void NominalEventTakesPossessiveSourceAndOfTarget()
    {
        var events = Code("Israel's bombing of Gaza drew protests.");

        Assert.Contains(events, e => e.Cameo == "183" && e.SourceCode == "ISR" && e.TargetCode == "PSE");
    }

    [Fact]
    public void NominalEventTakesAByPhraseAsSource()
    {
        var events = Code("Turkey condemned the attack on Armenia by Azerbaijan.");

        Assert.Contains(events, e => e.Cameo == "190" && e.SourceCode == "AZE" && e.TargetCode == "ARM");
    }

    [Fact]
    public void AStatedIntentionIsCodedAsTheIntentToAct()
    {
        Assert.Equal("EGY PSE 0333", Triples(Code("Egypt agreed to send food to Gaza.", strict: true)));
        Assert.Equal("IRN ISR 138", Triples(Code("Iran vowed to attack Israel.", strict: true)));
        // An announced attack is a threat of conventional force (CAMEO 1384); see ComplementFrameTests.
        Assert.Equal("IRN ISR 1384", Triples(Code("Iran will attack Israel.", strict: true)));
    }

    [Fact]
    public void LowerCaseWordsDoNotMatchShortNames()
    {
        Assert.Empty(Code("They told us who attacked.", strict: true));
    }
}
