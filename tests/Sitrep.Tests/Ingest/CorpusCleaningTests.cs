using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

/// <summary>What cleaning does to the real articles in ../shared/corpus, checked by eye and pinned here.</summary>
public partial class CorpusCleaningTests
{
    private const string Seed = "corpus/00_times-of-malta_assad-regime-crumbling.txt";

    private static Document Read(string relative, DateOnly? published = null) =>
        Assert.Single(InputReader.Read([SharedData.Require(relative)], new IngestOptions { Published = published })).Document!;

    [SkippableFact]
    public void Seed_loses_its_pull_quote_and_newsletter_block_and_keeps_its_author()
    {
        var doc = Read(Seed);
        Assert.Equal("Anthony Manduca", doc.Source.Author);
        Assert.Equal(
            [RemovedKind.PullQuote, RemovedKind.Byline, RemovedKind.Boilerplate, RemovedKind.Boilerplate, RemovedKind.Boilerplate, RemovedKind.Boilerplate],
            doc.Removed.Select(r => r.Kind));
        Assert.StartsWith("The Syrian regime of President Bashar al-Assad is crumbling", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("I hope this is true.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Manduca", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", doc.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(20, doc.RawMap.Count);
    }

    [SkippableFact]
    public void Seed_scores_perfectly_against_its_gold()
    {
        var doc = Read(Seed, new DateOnly(2012, 7, 22));
        using var gold = GoldFile.Load(SharedData.Require("gold/seed.gold.json"));
        var annotated = DefaultPipeline.Create().Annotate(doc);
        var rows = DocumentScorer.Score(gold, annotated).ToList();
        Assert.Equal(["author", "published", "boilerplate removed", "pull quotes removed", "boundaries (exact match)"], rows.Select(r => r.Metric));
        foreach (var row in rows)
        {
            Assert.True(row.F1 == 1.0, $"{row.Layer} {row.Metric}: {row.Correct}/{row.Predicted}/{row.Gold}");
        }
    }

    [SkippableFact]
    public void Every_wikinews_article_loses_its_headline_dateline_and_credited_captions()
    {
        var folder = SharedData.Require("corpus/wikinews");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Skip.If(files.Count == 0, "no wikinews articles");
        foreach (var file in files)
        {
            var result = Assert.Single(InputReader.Read([file], new IngestOptions()));
            var doc = result.Document;
            Assert.True(doc is not null, $"{file}: {result.Error}");
            Assert.NotNull(doc.Source.Title);
            Assert.NotNull(doc.Source.Published);
            Assert.StartsWith("https://en.wikinews.org/", doc.Source.Url, StringComparison.Ordinal);
            var paragraphs = doc.Text.Split("\n\n");
            Assert.False(paragraphs[0].StartsWith(doc.Source.Title, StringComparison.OrdinalIgnoreCase), $"{file}: headline left in the text");
            foreach (var p in paragraphs)
            {
                Assert.False(Credit().IsMatch(p), $"{file}: caption left in the text: {p}");
                Assert.False(DateOnlyLine().IsMatch(p), $"{file}: dateline left in the text: {p}");
            }

            foreach (var cut in doc.Removed)
            {
                Assert.NotEqual(RemovedKind.Byline, cut.Kind);
            }
        }
    }

    [SkippableFact]
    public void A_headline_with_the_date_run_on_is_cut_whole()
    {
        var doc = Read("corpus/wikinews/GUM_interview_ants.txt");
        var header = doc.Removed.Where(r => r.Kind == RemovedKind.Header).Select(r => r.Text).ToList();
        Assert.Contains(header, h => h.EndsWith("Tuesday, September 1, 2015", StringComparison.Ordinal));
        Assert.StartsWith("Nick Bos, of the University of Helsinki", doc.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_closing_sources_section_is_boilerplate()
    {
        var doc = Read("corpus/wikinews/GUM_news_sensitive.txt");
        Assert.DoesNotContain("Sources", doc.Text.Split("\n\n"));
        Assert.DoesNotContain("Categories:", doc.Text, StringComparison.Ordinal);
        Assert.Equal(6, doc.Removed.Count(r => r.Kind == RemovedKind.Boilerplate));
    }

    [SkippableFact]
    public void A_display_quote_repeating_the_body_is_a_pull_quote_attributed_to_its_speaker()
    {
        var doc = Read("corpus/wikinews/GUM_interview_cocktail.txt");
        var pull = Assert.Single(doc.Removed, r => r.Kind == RemovedKind.PullQuote);
        Assert.EndsWith("— Rick Santorum", pull.Text, StringComparison.Ordinal);
        Assert.Null(doc.Source.Author);
        Assert.Contains("saying, \"It's offensive beyond", doc.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:Image|Video|Photo)\s*[:;]\s*[^:;]{1,80}\.?$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$")]
    private static partial Regex DateOnlyLine();
}
