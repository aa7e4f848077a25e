using Sitrep.Dictionaries.Petrarch;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Dictionaries;

public sealed class ActorDictionaryTests
{
    private const string Sample = """
        <!-- a test dictionary
             spread over two lines -->
        NORTHLAND  [NTH]   # a country
        +NORTHLANDER
        +NORTH_LAND_
        NORTHLAND ARMY [NTHMIL]
        JANE_DOE_
        +PRESIDENT_DOE
        	[NTHELI <000101]
        	[NTHGOV 20000101-051231]
        	[NTHELI]
        JOHN ROE
        	[STHGOV >110301]
        TWINS [AAA/BBB]
        NOBODY [---]
        """;

    private static ActorDictionary Parse(string text) => ActorDictionary.Parse(new StringReader(text), "test.actors");

    [Fact]
    public void LongestPhraseWinsAtAPosition()
    {
        var dict = Parse(Sample);
        string[] words = ["The", "Northland", "army", "said"];

        var match = dict.Match(words, 1);

        Assert.NotNull(match);
        Assert.Equal(2, match.Value.Length);
        Assert.Equal(["NTHMIL"], match.Value.Entry.CodesOn(null));
        Assert.Null(dict.Match(words, 0));
    }

    [Fact]
    public void SynonymsShareTheRecordAndMatchIgnoringCase()
    {
        var dict = Parse(Sample);

        Assert.Equal(["NTH"], dict.Match(["north", "LAND"], 0)!.Value.Entry.CodesOn(null));
        Assert.Equal(["NTH"], dict.Match(["Northlander"], 0)!.Value.Entry.CodesOn(null));
    }

    [Fact]
    public void DateRestrictionsPickTheCodeInForceOnTheDate()
    {
        var entry = Parse(Sample).Match(["President", "Doe"], 0)!.Value.Entry;

        Assert.Equal(["NTHELI"], entry.CodesOn(new DateOnly(1999, 12, 31)));
        // Limits are inclusive and the first restriction that holds wins, as in PETRARCH.
        Assert.Equal(["NTHELI"], entry.CodesOn(new DateOnly(2000, 1, 1)));
        Assert.Equal(["NTHGOV"], entry.CodesOn(new DateOnly(2000, 1, 2)));
        Assert.Equal(["NTHGOV"], entry.CodesOn(new DateOnly(2005, 12, 31)));
        Assert.Equal(["NTHELI"], entry.CodesOn(new DateOnly(2006, 1, 1)));
    }

    [Fact]
    public void AnOpenEndedRestrictionWithoutDefaultGivesNothingBeforeItsStart()
    {
        var entry = Parse(Sample).Match(["John", "Roe"], 0)!.Value.Entry;

        Assert.Empty(entry.CodesOn(new DateOnly(2011, 2, 28)));
        Assert.Equal(["STHGOV"], entry.CodesOn(new DateOnly(2011, 3, 1)));
        Assert.Equal(["STHGOV"], entry.CodesOn(null));
    }

    [Fact]
    public void SlashListsGiveSeveralActorsAndTheNullCodeGivesNone()
    {
        var dict = Parse(Sample);

        Assert.Equal(["AAA", "BBB"], dict.Match(["twins"], 0)!.Value.Entry.CodesOn(null));
        Assert.Empty(dict.Match(["nobody"], 0)!.Value.Entry.CodesOn(null));
    }

    [Fact]
    public void MalformedLinesAreReportedWithFileAndLineAndSkipped()
    {
        const string bad = """
            +ORPHAN
            GOOD [GOD]
            BROKEN [BRK
            WRONGDATE
            	[WRG >991399]
            RANGE
            	[RNG 050101-040101]
            AFTER [AFT]
            """;

        var dict = Parse(bad);

        Assert.Equal(4, dict.Issues.Count);
        Assert.StartsWith("test.actors:1:", dict.Issues[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("test.actors:3:", dict.Issues[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("991399", dict.Issues[2].Message, StringComparison.Ordinal);
        Assert.Equal(7, dict.Issues[3].Line);
        Assert.Equal(["AFT"], dict.Match(["after"], 0)!.Value.Entry.CodesOn(null));
        Assert.Equal(["GOD"], dict.Match(["good"], 0)!.Value.Entry.CodesOn(null));
    }

    [Fact]
    public void MatchesTokensOfADocumentWithoutCopyingThem()
    {
        var dict = Parse(Sample);
        const string text = "Yesterday the Northland army left.";
        var tokens = SimpleTokens.Of(text);

        var match = dict.Match(text, tokens, 2, tokens.Count);

        Assert.Equal(2, match!.Value.Length);
    }

    [Fact]
    public void APossessiveInAPhraseMatchesTheTokenizersSplit()
    {
        var dict = Parse("NORTHLAND [NTH]\n+PEOPLE'S_REPUBLIC_OF_NORTHLAND\n");
        const string text = "The People's Republic of Northland protested.";
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(text);

        var match = dict.Match(text, tokens, 1, tokens.Count);

        Assert.Equal(5, match!.Value.Length);
        Assert.Equal(["NTH"], match.Value.Entry.CodesOn(null));
    }

    [Fact]
    public void AHyphenatedWordMatchesThePhrasesWordsPartByPart()
    {
        var dict = Parse("MARIE_LOUISE_DOE_ [NTHGOV]\nANTI [XXX]\n");
        string[] words = ["President", "Marie-Louise", "Doe", "spoke"];

        Assert.Equal(2, dict.Match(words, 1)!.Value.Length);
        Assert.Equal(["NTHGOV"], dict.Match(words, 1)!.Value.Entry.CodesOn(null));

        // Every part must match: "anti-war" is not the phrase ANTI.
        Assert.Null(dict.Match(["anti-war"], 0));
    }

    [SkippableFact]
    public void PhoenixActorDictionariesLoadWithFewIssues()
    {
        var dir = SharedData.Require("petrarch2/dictionaries");

        var dict = ActorDictionary.Load(
            Path.Combine(dir, "Phoenix.Countries.actors.txt"),
            Path.Combine(dir, "Phoenix.International.actors.txt"),
            Path.Combine(dir, "Phoenix.MilNonState.actors.txt"));

        Assert.True(dict.EntryCount > 10_000, $"only {dict.EntryCount} records");
        Assert.True(dict.Issues.Count < dict.EntryCount / 100, string.Join('\n', dict.Issues.Take(20)));
        var karzai = dict.Match(["President", "Karzai"], 0)!.Value.Entry;
        Assert.Equal(["AFGGOV"], karzai.CodesOn(new DateOnly(2005, 1, 1)));
    }

    [Fact]
    public void AMissingFileIsOneClearError()
    {
        var ex = Assert.Throws<DictionaryLoadException>(() => ActorDictionary.Load("/nonexistent/x.actors.txt"));
        Assert.Contains("/nonexistent/x.actors.txt", ex.Message, StringComparison.Ordinal);
    }
}
