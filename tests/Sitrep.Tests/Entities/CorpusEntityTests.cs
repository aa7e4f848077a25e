using Sitrep.Documents;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Entities.EntityTestSupport;

namespace Sitrep.Tests.Entities;

/// <summary>What a reader checked by eye on the corpus articles, kept as tests (skipped without ../shared).</summary>
public sealed class CorpusEntityTests
{
    public static TheoryData<string> WikinewsFiles { get; } = new(
        "GUM_interview_ants", "GUM_interview_chomsky", "GUM_interview_cocktail", "GUM_interview_cyclone", "GUM_interview_daly",
        "GUM_interview_dungeon", "GUM_interview_gaming", "GUM_interview_herrick", "GUM_interview_hill", "GUM_interview_licen",
        "GUM_interview_mcguire", "GUM_interview_mckenzie", "GUM_interview_messina", "GUM_interview_onion", "GUM_interview_stardust",
        "GUM_news_clock", "GUM_news_crane", "GUM_news_defector", "GUM_news_expo", "GUM_news_hackers", "GUM_news_homeopathic",
        "GUM_news_ie9", "GUM_news_iodine", "GUM_news_lanterns", "GUM_news_nasa", "GUM_news_questionnaire", "GUM_news_sensitive",
        "GUM_news_soccer", "GUM_news_warhol", "GUM_news_warming", "GUM_news_worship");

    private static AnnotatedDocument Wikinews(string name) =>
        Annotate(CorpusBody(SharedData.Require($"corpus/wikinews/{name}.txt")));

    [SkippableTheory]
    [MemberData(nameof(WikinewsFiles))]
    public void EveryArticleGetsWellFormedEntities(string name)
    {
        var doc = Wikinews(name);

        Assert.NotEmpty(doc.Entities);
        foreach (var e in doc.Entities)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name), $"{name}: entity {e.Id} has no name");
            Assert.NotEmpty(e.Mentions);
            foreach (var m in e.Mentions)
            {
                Assert.Equal(doc.Text[m.Start..m.End], m.Text);
            }

            // A person's name is never a lone function word or a lower-case word.
            if (e.Type == EntityType.Person && !e.Attributes.ContainsKey("role") && !e.Attributes.ContainsKey("relation"))
            {
                Assert.True(char.IsUpper(e.Name[0]), $"{name}: person '{e.Name}'");
            }
        }
    }

    [SkippableFact]
    public void NasaArticle()
    {
        var doc = Wikinews("GUM_news_nasa");

        Assert.Equal("USAGOV", doc.Single("NASA").Actor);
        Assert.Contains("Bolden", doc.Single("Charles Bolden").MentionTexts());
        Assert.Equal("USA", doc.Single("Houston").Actor);
        Assert.Equal(EntityType.Facility, doc.Single("Kennedy Space Center").Type);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Space", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void UkQuestionnaireArticle()
    {
        var doc = Wikinews("GUM_news_questionnaire");

        Assert.Equal("GBRGOV", doc.Single("Rishi Sunak").Actor);
        Assert.Equal(EntityType.Org, doc.Single("Home Office").Type);
        Assert.Equal("GBR", doc.Single("United Kingdom").Actor);
        Assert.Equal("IGOUNO", doc.Single("United Nations").Actor);
    }

    [SkippableFact]
    public void ChomskyInterview()
    {
        var doc = Wikinews("GUM_interview_chomsky");

        Assert.Contains("Professor Chomsky", doc.Single("Noam Chomsky").MentionTexts());
        Assert.Equal("IGOWSTNAT", doc.Single("NATO").Actor);
        Assert.Equal(EntityType.Event, doc.Single("Vietnam War").Type);
    }

    [SkippableFact]
    public void SoccerReport()
    {
        var doc = Wikinews("GUM_news_soccer");

        Assert.Equal(EntityType.Person, doc.Single("Romelu Lukaku").Type);
        Assert.Equal("BEL", doc.Single("Belgium").Actor);
        Assert.Equal(EntityType.Facility, doc.Single("Fisht Stadium").Type);
    }

    [SkippableFact]
    public void MeccaCraneCollapse()
    {
        var doc = Wikinews("GUM_news_crane");

        Assert.Equal("SAU", doc.Single("Mecca").Actor);
        Assert.Equal(EntityType.Facility, doc.Single("Grand Mosque").Type);
    }

    [SkippableFact]
    public void SeedArticleCodesItsActorsFromContext()
    {
        var doc = Annotate(CorpusBody(SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt")));

        var assad = doc.Single("Bashar al-Assad");
        Assert.Equal("SYRGOV", assad.Actor);
        Assert.Contains("the Syrian President", assad.MentionTexts());
        Assert.Equal("SYRMIL", doc.Single("Manaf Tlas").Actor);
        Assert.Equal("ISRMIL", doc.Single("Aviv Kochavi").Actor);
        Assert.Equal("GBRGOV", doc.Single("William Hague").Actor);
        Assert.Equal("LBNREB", doc.Single("Hezbollah").Actor);
        Assert.Equal("SYRREB", doc.Single("Syrian rebels").Actor);
        Assert.Equal("dead", doc.Single("Daoud Rajha").Attributes["status_at_publication"]);
        Assert.Equal("defected", doc.Single("Manaf Tlas").Attributes["status_at_publication"]);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "United Kingdom" || e.Name == "Jordan");
    }
}
