using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Tests.Events;

/// <summary>
/// Events that need more than the verb and its neighbours: the cause of a death, clause boundaries
/// inside a coordination, the entity layer's view of who is who (appositions, pronouns, the document's
/// country), and dates and modality scoped to the right clause.
/// </summary>
public sealed class EventContextTests
{
    private static readonly DateOnly Published = new(2024, 3, 10);

    /// <summary>The events stage with the time layer under it (dates) and no entity layer.</summary>
    private static AnnotatedDocument Events(string text) =>
        new EventAnnotator().Annotate(new TimexAnnotator().Annotate(new AnnotatedDocument(new Document("t", text, new SourceInfo { Published = Published }))));

    private static AnnotatedDocument Pipeline(string text) =>
        DefaultPipeline.Create().Annotate(new Document("t", text, new SourceInfo { Published = Published }));

    [Fact]
    public void ADeathTakesTheCodeOfItsCauseWithTheDeadAsTarget()
    {
        var doc = Events("Five soldiers died in a suicide bomb attack in Kabul on Monday.");

        var e = Assert.Single(doc.Events);
        Assert.Equal("1831", e.Cameo);
        Assert.Null(e.SourceActor);
        Assert.Equal("---MIL", e.TargetActor);
        Assert.Equal("died in a suicide bomb attack", e.Trigger.Text(doc.Text));
        Assert.Equal("2024-03-04", e.Date);
    }

    [Fact]
    public void ADeathWithoutAViolentCauseIsNoEvent()
    {
        Assert.Empty(Events("Two soldiers died of cholera in the camp.").Events);
    }

    [Fact]
    public void ACompoundSubjectWithNoObjectFightsItselfAndAPlaceIsNoTarget()
    {
        var doc = Events("Turkish troops and Syrian rebels are clashing in several districts of Aleppo and two officials died in a car bombing.");

        var clashes = doc.Events.Where(e => e.Cameo == "190").Select(e => (e.SourceActor, e.TargetActor)).ToList();
        Assert.Equal([("TURMIL", "SYRREB"), ("SYRREB", "TURMIL")], clashes);

        // "Aleppo and two officials" is no coordination: the officials start a clause of their own.
        var bombing = Assert.Single(doc.Events, e => e.Cameo == "183");
        Assert.Equal("---GOV", bombing.TargetActor);
    }

    [Fact]
    public void AnObjectFollowedByAndANewSubjectIsTwoClauses()
    {
        var doc = Events("Qatar is said to be arming the rebels and the Arab League condemned Syria.");

        var arming = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal(("QAT", "---REB"), (arming.SourceActor, arming.TargetActor));
        Assert.Equal(Modality.Reported, arming.Modality);

        var condemned = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.StartsWith("IGOARB", condemned.SourceActor);
        Assert.Equal("SYR", condemned.TargetActor);
        Assert.Equal(Modality.Asserted, condemned.Modality);
    }

    [Fact]
    public void AClauseSubjectCoordinationStaysOneGroup()
    {
        var doc = Events("Egypt believes Jordan and Iraq will attack Syria.");

        Assert.Equal(["IRQ", "JOR"], doc.Events.Where(e => e.TargetActor == "SYR").Select(e => e.SourceActor!).Order().ToList());
    }

    [Fact]
    public void AnAppositionIsOneActorAndAnOfficialMayDenounceHisOwnGovernment()
    {
        var doc = Pipeline("The Syrian ambassador to Iraq, Nawaf al-Fares, denounced the Syrian government.");

        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal(("SYRGOV", "SYRGOV"), (e.SourceActor, e.TargetActor));
        Assert.NotEqual(e.Source, e.Target);
    }

    [Fact]
    public void APronounSubjectIsThePersonNamedBefore()
    {
        var doc = Pipeline("Syrian Defence Minister Ali Haddad arrived in Moscow on Monday. On Tuesday he condemned the Turkish government.");

        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("SYRGOV", e.SourceActor);
        Assert.Equal("TURGOV", e.TargetActor);
        var haddad = Assert.Single(doc.Entities, x => x.Name.Contains("Haddad", StringComparison.Ordinal));
        Assert.Equal(haddad.Id, e.Source);
    }

    [Fact]
    public void ARoleWithNoCountryTakesTheCountryTheDocumentIsAbout()
    {
        var doc = Pipeline("Syria is at war. Damascus has lost control of the north, and Syrian officials admit it. The military attacked the protesters in Homs.");

        var e = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal(("SYRMIL", "SYROPP"), (e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void ADefectionIsAgainstTheDefectorsOwnGovernment()
    {
        var e = Assert.Single(Events("A Syrian general defected on Monday.").Events);

        Assert.Equal(("120", "SYRMIL", "SYRGOV"), (e.Cameo, e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void AnOngoingEventIsDatedToPublication()
    {
        var e = Assert.Single(Events("Turkish troops are attacking Kurdish villages near Afrin.").Events);

        Assert.Equal("2024-03-10", e.Date);
    }

    [Fact]
    public void ADefiniteEventNounSharesTheDateOfTheEventItPointsTo()
    {
        var doc = Events("Three soldiers died in a car bombing in Kabul on Monday. A fourth soldier also died in the bombing.");

        Assert.Equal(["2024-03-04", "2024-03-04"], doc.Events.Select(e => e.Date).ToList());
    }

    [Fact]
    public void AnEventNounIsNotDatedByTheVerbItIsTheObjectOf()
    {
        var doc = Events("Last week the minister condemned the Turkish attacks on civilians.");

        var lastWeek = Assert.Single(doc.Timex);
        Assert.StartsWith("2024-W", lastWeek.Value);
        Assert.Equal(lastWeek.Value, Assert.Single(doc.Events, e => e.Cameo == "111").Date);
        Assert.Null(Assert.Single(doc.Events, e => e.Cameo == "190").Date);
    }

    [Fact]
    public void ARelativeClauseIsOutsideTheModalBeforeIt()
    {
        var e = Assert.Single(Events("Egypt could not join any government which Turkey has recognised.").Events);

        Assert.Equal(("054", Modality.Asserted), (e.Cameo, e.Modality));
    }

    [Fact]
    public void ADeathWithNoCauseOfItsOwnIsPartOfTheViolenceJustReported()
    {
        var doc = Events("Taliban fighters attacked the Afghan ministry of defence on Monday. The officials killed were two deputy ministers. A general died from his injuries on Wednesday.");

        Assert.Equal(
            [("190", "2024-03-04"), ("190", "2024-03-04"), ("190", "2024-03-06")],
            doc.Events.Select(e => (e.Cameo!, e.Date)).ToList());
        Assert.Equal("---GOV", doc.Events[1].TargetActor);

        // With no violence before it, a death is no event; a killing stays a killing (180).
        Assert.Empty(Events("A general died from his injuries on Wednesday.").Events);
        Assert.Equal("180", Assert.Single(Events("The officials killed were two deputy ministers.").Events).Cameo);
    }

    [Fact]
    public void AnActiveKillingKeepsItsKiller()
    {
        var e = Assert.Single(Events("Rebels killed five soldiers in an attack on Monday.").Events, e => e.TargetActor == "---MIL");

        Assert.Equal("---REB", e.SourceActor);
    }

    [Fact]
    public void APlaceInsideTheObjectIsATargetButAPlaceOfTheVerbIsNot()
    {
        var doc = Events("The general called for a political transition in Syria.");
        Assert.Equal("SYR", Assert.Single(doc.Events).TargetActor);

        doc = Events("Turkish troops were fighting in Syria.");
        Assert.Null(Assert.Single(doc.Events).TargetActor);
    }

    [Fact]
    public void APassiveWithoutByNamesNoDoerAndItsAgainstPhraseIsTheTarget()
    {
        var e = Assert.Single(Events("These rockets could be used against Israel.").Events);

        Assert.Null(e.SourceActor);
        Assert.Equal("ISR", e.TargetActor);
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void AnAppositionWithNoObjectIsOneActorNotAPair()
    {
        var e = Assert.Single(Events("Israel's army chief, General Benny Gantz, praised the operation.").Events);

        Assert.Equal("ISRMIL", e.SourceActor);
        Assert.Null(e.TargetActor);
    }

    [Fact]
    public void MovingOnesOwnTroopsHasNoTarget()
    {
        var e = Assert.Single(Events("Russia redeployed Russian troops from the border.").Events);

        Assert.Equal(("154", "RUS", (string?)null), (e.Cameo, e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void ViolenceWithNoSideNamedIsReportedOnlyAsARisk()
    {
        var e = Assert.Single(Events("Analysts warn that the crisis could lead to a civil war.").Events, e => e.Cameo == "190");
        Assert.Equal(Modality.Hypothetical, e.Modality);
        Assert.Null(e.SourceActor);
        Assert.Null(e.TargetActor);

        Assert.DoesNotContain(Events("The civil war has ruined the economy.").Events, e => e.Cameo == "190");
    }

    [Fact]
    public void ASecondHarmParticipleAfterAndIsPassiveToo()
    {
        var doc = Events("Four soldiers were killed and eleven wounded near the border.");

        Assert.Equal([(null, "---MIL"), (null, "---MIL")], doc.Events.Select(e => (e.SourceActor, e.TargetActor)).ToList());
    }

    [Theory]
    [InlineData("The army of Syria, which Turkey attacked last week, is regrouping.", "190", "TUR", "SYRMIL")]
    [InlineData("Another problem is Iran's stockpile of missiles which Israel's army chief described as a threat.", "010", "ISRMIL", "IRN")]
    public void InAnObjectRelativeClauseTheTargetIsTheActorBeforeThePronoun(string sentence, string cameo, string source, string target)
    {
        var e = Assert.Single(Events(sentence).Events, e => e.Cameo == cameo);

        Assert.Equal((source, target), (e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void ADefiniteOrPossessiveEventNounRepeatingAnEarlierEventIsNoNewEvent()
    {
        var doc = Pipeline("General Omar Haddad, a Syrian army commander, defected to Turkey on Monday. His defection is a blow to the government. "
            + "Five soldiers died in a car bombing in Homs on Tuesday. The bombing of the barracks shocked the city. Another Syrian general defected on Wednesday.");

        Assert.Equal(2, doc.Events.Count(e => e.Cameo!.StartsWith("120", StringComparison.Ordinal)));
        Assert.Single(doc.Events, e => e.Cameo!.StartsWith("183", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelativeOrWhenClauseSharesTheDateOfTheClauseItHangsOn()
    {
        var doc = Events("A Syrian general defected to Turkey on Monday, who denounced the Syrian government. "
            + "The decision was recently praised by Turkish officials, when addressing the Syrian opposition.");

        Assert.Equal("2024-03-04", Assert.Single(doc.Events, e => e.Cameo == "111").Date);
        Assert.Equal("PAST_REF", Assert.Single(doc.Events, e => e.Cameo == "010").Date);
    }

    [Fact]
    public void AfterTheEventJustReportedIsItsDate()
    {
        var doc = Events("Russia vetoed the resolution on Thursday. After the vote, Britain criticised Russia.");

        Assert.Equal("2024-03-07", Assert.Single(doc.Events, e => e.Cameo == "111").Date);
    }

    [Fact]
    public void TheSubjectOfUnderArrestIsDetainedByItsState()
    {
        var e = Assert.Single(Events("A Syrian general was believed to have been under house arrest since May.").Events);

        Assert.Equal(("173", "SYRGOV", "SYRMIL"), (e.Cameo, e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void APhraseOfExtentIsAPlaceNotATarget()
    {
        var e = Assert.Single(Events("The Syrian army runs torture centres throughout Syria.").Events);

        Assert.Equal(("1822", "SYRMIL", null), (e.Cameo, e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void TheTaggerDecidesNounOrVerbAfterAPluralNoun()
    {
        var doc = Pipeline("Analysts fear the possibility of these weapons falling into the hands of Hamas. The sites where mustard gas is stored are guarded.");

        var e = Assert.Single(doc.Events);
        Assert.Equal(("1711", Modality.Hypothetical), (e.Cameo, e.Modality));
        Assert.StartsWith("PSE", e.SourceActor, StringComparison.Ordinal);
    }

    [Fact]
    public void AWhenParticipleHasTheDoerOfItsMainClause()
    {
        var e = Assert.Single(Events("The plan was praised by the Turkish foreign minister, when addressing the Syrian opposition.").Events, e => e.Cameo == "010");

        Assert.Equal(("TURGOV", "SYRREB"), (e.SourceActor, e.TargetActor)); // the dictionary codes "the Syrian opposition" as rebels
    }

    [Fact]
    public void ACoordinatedPassiveAndItsPurposeInfinitiveShareTheSubjectOfTheFirstPassive()
    {
        var doc = Events("Iran's chemical weapons are a worry. These weapons could be used against Kurdish rebels, or passed on to Hamas to use against Israel.");

        var passed = Assert.Single(doc.Events, e => e.Cameo == "072");
        Assert.Equal("PSEREBHMS", passed.TargetActor);
        var use = Assert.Single(doc.Events, e => e.Cameo == "2041" && e.TargetActor == "ISR");
        Assert.Equal("PSEREBHMS", use.SourceActor);
    }

    [Fact]
    public void EventNounsListedAfterADashBelongToTheActorOfThePhraseBeforeIt()
    {
        var doc = Events("The record of the Syrian army is grim – massacres, crimes against humanity, the bombardment of civilian areas.");

        Assert.Contains(doc.Events, e => e.Cameo == "200" && e.SourceActor == "SYRMIL");
        Assert.Contains(doc.Events, e => e.Cameo == "195" && e.SourceActor == "SYRMIL" && e.TargetActor == "---CVL");
    }

    [Fact]
    public void AnEventNounModifyingAThingIsNoEvent()
    {
        var doc = Pipeline("The Syrian government runs detention centres near Damascus. The Syrian army began a bombing campaign near Homs.");

        Assert.DoesNotContain(doc.Events, e => e.Cameo == "173");
        Assert.Contains(doc.Events, e => e.Cameo!.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleAfterThoseDescribesAGroupNotAnEvent()
    {
        Assert.DoesNotContain(Events("The Syrian army jailed all those protesting against the government.").Events, e => e.Cameo!.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void AgainSaysTheSameEventHappenedBefore()
    {
        var doc = Events("On Thursday Russia once again vetoed a UN Security Council resolution.");

        Assert.Equal([("once again", null), ("vetoed", "2024-03-07")], doc.Events.Select(e => (e.Trigger.Text(doc.Text), e.Date)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList());
        Assert.All(doc.Events, e => Assert.Equal(("129", "RUS", "IGOUNO"), (e.Cameo, e.SourceActor, e.TargetActor)));
    }

    [Theory]
    [InlineData("Turkey said the Syrian government was responsible for the attack.")]
    [InlineData("Turkey said the Syrian government held “the majority of responsibility”.")]
    public void SayingAnotherBearsTheResponsibilityAccusesIt(string sentence)
    {
        var e = Assert.Single(Events(sentence).Events);

        Assert.Equal(("112", "TUR", "SYRGOV"), (e.Cameo, e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void SayingAloneIsNoEvent()
    {
        Assert.Empty(Events("Turkey said the weather was fine.").Events);
    }

    [Theory]
    [InlineData("The shuttle will go to the National Air Strike Museum in Virginia.")]
    [InlineData("The Belgian army team started the game with an attacking style.")]
    [InlineData("Officials asked how the Syrian army documents wound up on a street.")]
    [InlineData("Bush induced the Syrian army to extend its offensive military capacity.")]
    public void NamesAdjectivesAndOtherMeaningsAreNoTriggers(string sentence)
    {
        Assert.Empty(Pipeline(sentence).Events);
    }

    [Fact]
    public void HarmByANaturalHazardIsNoEventButHarmAfterViolenceIs()
    {
        Assert.Empty(Events("A storm caused a crane to fall on Syrian soldiers, killing 107.").Events);
        Assert.Empty(Events("A storm caused a crane to fall on Syrian soldiers, killing 107 and wounding 238.").Events);
        Assert.Single(Events("The bomb attack caused a fire, killing five Afghan soldiers.").Events);
    }

    [Fact]
    public void SinceBeforeADateIsItsPrepositionNotANewClause()
    {
        var doc = Events("A Syrian general has been under house arrest since May 2023.");

        Assert.Equal("2023-05", Assert.Single(doc.Events).Date);
    }
}
