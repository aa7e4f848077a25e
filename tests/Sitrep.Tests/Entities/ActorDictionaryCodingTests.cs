using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Evaluation;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Entities.EntityTestSupport;

namespace Sitrep.Tests.Entities;

public sealed class ActorDictionaryCodingTests
{
    // A PETRARCH-format actor dictionary written for this test: a person whose role changed in 2012.
    private const string Dictionary = """
        KARIM_HADDAD_  # test entry
        +K._HADDAD
        	[SYRMIL 100101-111231]
        	[SYRGOV >120101]
        this line has a [BROKEN code
        """;

    private static AnnotatedDocument AnnotateOn(string text, DateOnly published)
    {
        var actors = ActorDictionary.Parse(new StringReader(Dictionary), "test.actors.txt");
        var doc = new AnnotatedDocument(new Document("t", text, new SourceInfo { Published = published }));
        return new EntityAnnotator(EntityKnowledge.Default, actors).Annotate(doc);
    }

    [Fact]
    public void DateRestrictedCodeIsChosenByPublicationDate()
    {
        const string text = "Karim Haddad spoke in Aleppo.";

        Assert.Equal("SYRGOV", AnnotateOn(text, new DateOnly(2012, 7, 22)).Single("Karim Haddad").Actor);
        Assert.Equal("SYRMIL", AnnotateOn(text, new DateOnly(2011, 5, 1)).Single("Karim Haddad").Actor);
    }

    [Fact]
    public void WithoutADictionaryThePersonHasNoRoleCode()
    {
        var doc = Annotate("Karim Haddad spoke in Aleppo.");

        Assert.Null(doc.Single("Karim Haddad").Actor);
    }

    [Fact]
    public void MalformedDictionaryLineIsReportedWithFileAndLine()
    {
        var actors = ActorDictionary.Parse(new StringReader(Dictionary), "test.actors.txt");
        var annotator = new EntityAnnotator(EntityKnowledge.Default, actors);

        var issue = Assert.Single(annotator.DictionaryIssues);
        Assert.Equal("test.actors.txt", issue.File);
        Assert.Equal(5, issue.Line);
    }

    [SkippableFact]
    public void PhoenixDictionariesKeepTheSeedActorAgreement()
    {
        var dir = SharedData.Require("petrarch2/dictionaries");
        var annotator = EntityAnnotator.Create(
        [
            Path.Combine(dir, "Phoenix.Countries.actors.txt"),
            Path.Combine(dir, "Phoenix.International.actors.txt"),
            Path.Combine(dir, "Phoenix.MilNonState.actors.txt"),
        ]);
        var text = CorpusBody(SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt"));
        var doc = annotator.Annotate(new AnnotatedDocument(new Document("seed", text, new SourceInfo { Published = new DateOnly(2012, 7, 22) })));
        using var gold = GoldFile.Load(SharedData.Require("gold/seed.gold.json"));

        var actor = EntityScorer.Score(gold, doc).Single(r => r.Metric == "actor");

        Assert.True(actor.Recall >= 0.85, $"actor agreement {actor.Recall:F3}");
        Assert.Equal("dictionary", doc.Single("Bashar al-Assad").Attributes["actor_source"]);
    }
}
