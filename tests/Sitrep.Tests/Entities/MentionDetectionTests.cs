using Sitrep.Documents;
using static Sitrep.Tests.Entities.EntityTestSupport;

namespace Sitrep.Tests.Entities;

public sealed class MentionDetectionTests
{
    [Fact]
    public void TitleBeforeNameIsKeptInTheMentionButNotInTheName()
    {
        var doc = Annotate("Deputy Interior Minister General Karim Haddad visited the border on Monday.");

        var person = doc.Single("Karim Haddad");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Deputy Interior Minister General Karim Haddad", Assert.Single(person.Mentions).Text);
        Assert.Equal("General", person.Attributes["title"]);
        Assert.Equal("Deputy Interior Minister", person.Attributes["role"]);
    }

    [Fact]
    public void ArabicParticleNamesArePeopleAndSurnamesCorefer()
    {
        var doc = Annotate("Omar al-Hariri arrived late. Hariri said the talks had failed.");

        var person = doc.Single("Omar al-Hariri");
        Assert.Equal(["Omar al-Hariri", "Hariri"], person.MentionTexts());
    }

    [Fact]
    public void CurlyPossessiveIsSplitFromTheName()
    {
        var doc = Annotate("Kamal Nasser met the envoy. Nasser’s aides said little.");

        var person = doc.Single("Kamal Nasser");
        Assert.Contains("Nasser", person.MentionTexts());
        Assert.DoesNotContain(person.Mentions, m => m.Text.Contains('’'));
    }

    [Fact]
    public void DemonymBeforeANounIsAModifierNotACountryMention()
    {
        var doc = Annotate("Lebanese troops crossed the river near the village.");

        Assert.Null(doc.Find("Lebanon"));
        var army = doc.Single("Lebanese Armed Forces");
        Assert.Equal("LBNMIL", army.Actor);
    }

    [Fact]
    public void PluralDemonymStandsForTheCountry()
    {
        var doc = Annotate("The talks were backed by the Egyptians and the French.");

        Assert.Equal("EGY", doc.Single("Egypt").Actor);
        Assert.Contains("the French", doc.Single("France").MentionTexts());
    }

    [Fact]
    public void AcronymsAndExpansionsReachTheSameOrganisation()
    {
        var doc = Annotate("The United Nations Security Council met on Tuesday. The UN Security Council then voted, and the EU welcomed it.");

        var council = doc.Single("United Nations Security Council");
        Assert.Equal(2, council.Mentions.Count);
        Assert.Equal("IGOUNO", council.Actor);
        Assert.Equal("IGOEUREEC", doc.Single("European Union").Actor);
    }

    [Fact]
    public void SpellingVariantsOfAGroupAreOneEntity()
    {
        var doc = Annotate("Hezbollah fighters crossed the border. Later Hizbollah denied it.");

        var group = doc.Single("Hezbollah");
        Assert.Equal(2, group.Mentions.Count);
        Assert.Equal("LBNREB", group.Actor);
    }

    [Fact]
    public void LowerCaseCollectiveActorsTakeTheCountryFromTheDocument()
    {
        var doc = Annotate("Fighting spread across Yemen on Sunday. Rebels attacked a base and soldiers fired back. Yemen said protesters were arrested.");

        Assert.Equal("YEMREB", doc.Single("Yemeni rebels").Actor);
        Assert.Equal("YEMMIL", doc.Single("Yemeni Armed Forces").Actor);
        Assert.Equal("YEMOPP", doc.Single("Yemeni protesters").Actor);
    }

    [Fact]
    public void MilitaryAsAnAdjectiveIsNotAnActor()
    {
        var doc = Annotate("Iraq rejected the military solution proposed in Baghdad.");

        Assert.DoesNotContain(doc.Entities, e => e.Actor == "IRQMIL");
    }

    [Fact]
    public void IndefiniteGovernmentIsNotTheGovernmentInPower()
    {
        var doc = Annotate("Iraq wants a transitional government. Iraq says the government will fall.");

        var gov = doc.Single("Government of Iraq");
        Assert.Equal(["the government"], gov.MentionTexts());
    }

    [Fact]
    public void SentenceInitialOrdinaryWordsAreNotNames()
    {
        var doc = Annotate("Unfortunately, the report was late. Media reports said the media had not seen it.");

        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void CitiesResolveToCoordinatesAndCountry()
    {
        var doc = Annotate("Talks were held in Damascus and later in Paris.");

        var damascus = doc.Single("Damascus");
        Assert.Equal(EntityType.Gpe, damascus.Type);
        Assert.Equal("SY", damascus.Geo!.Value.CountryCode);
        Assert.InRange(damascus.Geo.Value.Latitude, 33.4, 33.6);
        Assert.Equal("FRA", doc.Single("Paris").Actor);
    }

    [Fact]
    public void GivenNameThatIsAlsoATownStaysPartOfThePersonName()
    {
        var doc = Annotate("General Hassan Turkmani died in the blast.");

        Assert.Equal(EntityType.Person, doc.Single("Hassan Turkmani").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void RecogniserSpanTypesAnOtherwiseUnknownName()
    {
        const string text = "Yesterday Zorb announced a deal.";
        var start = text.IndexOf("Zorb", StringComparison.Ordinal);

        var without = Annotate(text);
        var with = Annotate(text, [new NerSpan(1, 2, "ORG", start, start + 4)]);

        Assert.Null(without.Find("Zorb"));
        Assert.Equal(EntityType.Org, with.Single("Zorb").Type);
    }

    [Fact]
    public void WeaponsAndTheirAnaphorsAreOneEntity()
    {
        var doc = Annotate("The army holds chemical weapons and sarin. Inspectors fear these weapons could be moved.");

        var weapons = doc.Single("chemical weapons");
        Assert.Equal(EntityType.Weapon, weapons.Type);
        Assert.Contains("these weapons", weapons.MentionTexts());
        Assert.Equal(EntityType.Weapon, doc.Single("sarin").Type);
    }

    [Fact]
    public void EventNounsWithAnArticleGroupByKind()
    {
        var doc = Annotate("A suicide bomb attack hit the ministry in Kabul. The attack killed four.");

        var attack = doc.Single("suicide bomb attack");
        Assert.Equal(EntityType.Event, attack.Type);
        Assert.Equal(["A suicide bomb attack", "The attack"], attack.MentionTexts());
    }

    [Fact]
    public void TaggerDecidesWhetherAnEventWordModifiesTheNextNoun()
    {
        const string text = "The attack dogs barked in Kabul.";
        var tokens = new Token[] { new(0, 3), new(4, 10), new(11, 15), new(16, 22), new(23, 25), new(26, 31), new(31, 32) };
        string[] upos = ["DET", "NOUN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"];
        var syntax = new SyntaxLayer(upos, new string[7], new string[7], new int[7], new string[7]);
        var bare = new AnnotatedDocument(new Document("t", text, new SourceInfo()));

        var withoutSyntax = new Sitrep.Entities.EntityAnnotator().Annotate(bare);
        var withSyntax = new Sitrep.Entities.EntityAnnotator().Annotate(bare with { Tokens = tokens, Syntax = syntax });

        // Without a tagger the word list does not know "dogs"; with one, a noun after "attack" makes it a modifier.
        Assert.Contains(withoutSyntax.Entities, e => e.Type == EntityType.Event);
        Assert.DoesNotContain(withSyntax.Entities, e => e.Type == EntityType.Event);
    }

    [Theory]
    [InlineData("’s")]
    [InlineData("'")]
    [InlineData("U.S")]
    [InlineData("al-")]
    [InlineData("Mr.")]
    [InlineData(" \n\n ")]
    [InlineData("Syria’s")]
    [InlineData("Assad’")]
    [InlineData("the the the")]
    [InlineData("É Ç Ñ 中国 北京")]
    [InlineData("President")]
    [InlineData("Hezbollah’s’s")]
    [InlineData("\u0000\u0001")]
    public void OddInputNeverThrowsAndMentionsPointIntoTheText(string text)
    {
        var doc = Annotate(text);

        foreach (var m in doc.Entities.SelectMany(e => e.Mentions))
        {
            Assert.True(m.Start < m.End && m.End <= text.Length);
            Assert.Equal(text[m.Start..m.End], m.Text);
        }
    }

    [Fact]
    public void EmptyDocumentHasNoEntities()
    {
        var doc = Annotate("");
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Relations);
    }

    [Fact]
    public void UsesTheSentenceLayerWhenPresent()
    {
        const string text = "Talks ended. Rania Khoury left Amman.";
        var doc = new AnnotatedDocument(new Document("t", text, new SourceInfo()))
        {
            Sentences = [new Sentence(0, 12, 0, 3), new Sentence(13, text.Length, 3, 5)],
        };

        var annotated = new Sitrep.Entities.EntityAnnotator().Annotate(doc);

        Assert.Equal(EntityType.Person, annotated.Single("Rania Khoury").Type);
        Assert.Equal("JOR", annotated.Single("Amman").Actor);
    }
}
