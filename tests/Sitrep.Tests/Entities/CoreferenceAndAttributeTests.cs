using Sitrep.Documents;
using Sitrep.Entities;
using static Sitrep.Tests.Entities.EntityTestSupport;

namespace Sitrep.Tests.Entities;

public sealed class CoreferenceAndAttributeTests
{
    [Fact]
    public void UniqueOfficeNominalJoinsItsHolder()
    {
        var doc = Annotate("President Ilham Aliyev spoke in Baku. Azerbaijan said the Azerbaijani President would travel. Later the President cancelled.");

        var aliyev = doc.Single("Ilham Aliyev");
        Assert.Contains("the Azerbaijani President", aliyev.MentionTexts());
        Assert.Contains("the President", aliyev.MentionTexts());
        Assert.Equal("AZEGOV", aliyev.Actor);
    }

    [Fact]
    public void AmbassadorsAreNotMergedWithoutTheSamePosting()
    {
        var doc = Annotate("The Libyan Ambassador to Egypt, Ali Mansour, resigned. Tunisia expelled the Libyan Ambassador.");

        var mansour = doc.Single("Ali Mansour");
        Assert.Contains("The Libyan Ambassador to Egypt", mansour.MentionTexts());
        Assert.Equal("LBYGOV", mansour.Actor);
        var other = doc.Single("Libyan Ambassador");
        Assert.Equal("LBYGOV", other.Actor);
        Assert.Contains(doc.Relations, r => r.Subject == mansour.Id && r.Predicate == "posted_to");
    }

    [Fact]
    public void AppositiveRolesBecomeMentionsAndCodes()
    {
        var doc = Annotate("Sudan blamed General Yasir Kamal, a senior army commander, and Ahmed Noor, the national security chief.");

        var kamal = doc.Single("Yasir Kamal");
        Assert.Contains("a senior army commander", kamal.MentionTexts());
        Assert.Equal("SDNMIL", kamal.Actor);
        var noor = doc.Single("Ahmed Noor");
        Assert.Contains("the national security chief", noor.MentionTexts());
        Assert.Equal("SDNSPY", noor.Actor);
    }

    [Fact]
    public void NationalityInTheTitleGivesTheCountry()
    {
        var doc = Annotate("French Foreign Minister Laurent Fabius met rebels in Turkey.");

        var fabius = doc.Single("Laurent Fabius");
        Assert.Equal("FRA", fabius.Attributes["nationality"]);
        Assert.Equal("FRAGOV", fabius.Actor);
    }

    [Fact]
    public void RelativesAndFamiliesAreSeparateEntitiesWithRelations()
    {
        var doc = Annotate("Iraq said Ghazi Hamdan, brother-in-law to President Saddam Hussein, fled. Hamdan’s wife stayed. The Hamdan family was silent.");

        var hamdan = doc.Single("Ghazi Hamdan");
        var saddam = doc.Single("Saddam Hussein");
        Assert.Contains(doc.Relations, r => r.Subject == hamdan.Id && r.Predicate == "brother_in_law_of" && r.Object == saddam.Id);
        var wife = doc.Single("Hamdan’s wife");
        Assert.Contains(doc.Relations, r => r.Subject == hamdan.Id && r.Predicate == "wife_is" && r.Object == wife.Id);
        Assert.Equal("IRQELI", wife.Actor);
        Assert.Equal("family", doc.Single("Hamdan family").Attributes["collective"]);
    }

    [Fact]
    public void StatusAndReligionComeFromTheText()
    {
        var doc = Annotate("Syria confirmed that General Fahd Jasim died in the blast. Jasim, who was a Sunni Muslim, had led the army.");

        var jasim = doc.Single("Fahd Jasim");
        Assert.Equal("dead", jasim.Attributes["status_at_publication"]);
        Assert.Equal("Sunni Muslim", jasim.Attributes["religion"]);
        Assert.Equal(EntityType.Norp, doc.Single("Sunni Muslims").Type);
    }

    [Fact]
    public void RegimeOfALeaderTakesTheLeadersCountry()
    {
        var doc = Annotate("The Libyan regime of Colonel Muammar Gaddafi is isolated. The regime of Muammar Gaddafi lost Tripoli.");

        var gov = doc.Single("Government of Libya");
        Assert.Equal("LBYGOV", gov.Actor);
        Assert.Equal(2, gov.Mentions.Count);
        Assert.Equal("LBY", doc.Single("Muammar Gaddafi").Attributes["nationality"]);
    }

    [Fact]
    public void PronounWithOneCandidateResolvesAndAmbiguityGivesNull()
    {
        const string text = "Nadia Salem left Cairo on Monday. She said the talks had failed. Omar Farid met Karim Adel, and he left.";
        var doc = Annotate(text);
        var salem = doc.Single("Nadia Salem");

        Assert.Equal(salem.Id, EntityLookup.ResolvePronoun(doc, text.IndexOf("She", StringComparison.Ordinal)));

        // Two people before "he", neither at the start as a clear subject of a new sentence: the first is the subject.
        var farid = doc.Single("Omar Farid");
        Assert.Equal(farid.Id, EntityLookup.ResolvePronoun(doc, text.IndexOf("he left", StringComparison.Ordinal)));

        // Not a pronoun.
        Assert.Null(EntityLookup.ResolvePronoun(doc, text.IndexOf("talks", StringComparison.Ordinal)));
    }

    [Fact]
    public void PronounChainsThroughAnEarlierPronoun()
    {
        const string text = "Tarek Aziz resigned in May. He became a critic. In a message he said more.";
        var doc = Annotate(text);

        Assert.Equal(doc.Single("Tarek Aziz").Id, EntityLookup.ResolvePronoun(doc, text.LastIndexOf("he said", StringComparison.Ordinal)));
    }
}
