using Sitrep.Dictionaries.Petrarch;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Dictionaries;

public sealed class AgentDictionaryTests
{
    private const string Sample = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        FOREIGN_MINISTER [~GOVFRM]
        POLICE {} [ ~COP]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
        SPOKES!PERSON! [~GOV]
        CHARITY [NGO~]
        ARMY [~MIL]
        NOCODE
        BADCODE [GOV]
        """;

    private static AgentDictionary Parse() => AgentDictionary.Parse(new StringReader(Sample), "test.agents");

    [Fact]
    public void SuffixAndPrefixCodesCombineWithTheActor()
    {
        var dict = Parse();

        Assert.Equal("SYRGOVFRM", dict.Match(["foreign", "minister"], 0)!.Value.Entry.ApplyTo("SYR"));
        Assert.Equal("NGOSYR", dict.Match(["charity"], 0)!.Value.Entry.ApplyTo("SYR"));
    }

    [Fact]
    public void PluralsAreGeneratedUnlessSuppressedOrGiven()
    {
        var dict = Parse();

        Assert.Equal("GOVFRM", dict.Match(["foreign", "ministers"], 0)!.Value.Entry.Code);
        Assert.Equal(2, dict.Match(["foreign", "ministers"], 0)!.Value.Length);
        Assert.Equal("NGO", dict.Match(["charities"], 0)!.Value.Entry.Code);
        Assert.Null(dict.Match(["polices"], 0));
        Assert.Equal("JUD", dict.Match(["attorneys", "general"], 0)!.Value.Entry.Code);
    }

    [Fact]
    public void SubstitutionSetsExpandEveryMember()
    {
        var dict = Parse();

        Assert.Equal("GOV", dict.Match(["spokeswomen"], 0)!.Value.Entry.Code);
        Assert.Equal("GOV", dict.Match(["spokesman"], 0)!.Value.Entry.Code);
    }

    [Fact]
    public void LinesWithoutAValidCodeAreReported()
    {
        var dict = Parse();

        Assert.Equal(2, dict.Issues.Count);
        Assert.Equal(8, dict.Issues[0].Line);
        Assert.Contains("~", dict.Issues[1].Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void PhoenixAgentsLoad()
    {
        var dict = AgentDictionary.Load(SharedData.Require("petrarch2/dictionaries/Phoenix.agents.txt"));

        Assert.True(dict.EntryCount > 500);
        Assert.Equal("USAGOV", dict.Match(["president"], 0)!.Value.Entry.ApplyTo("USA"));
    }
}

public sealed class DiscardListTests
{
    [Fact]
    public void StoryAndSentenceDiscardsMatchWholeWords()
    {
        var list = DiscardList.Parse(new StringReader("+WORLD CUP\nBASEBALL\nGOLF_\n1991\n"), "d.txt");

        Assert.True(list.FindIn("They won the World Cup final")!.WholeStory);
        Assert.False(list.FindIn("a baseball star from Ohio")!.WholeStory);
        Assert.Null(list.FindIn("a baseballer from Ohio"));
        Assert.NotNull(list.FindIn("the 1991 war"));
        Assert.Null(list.FindIn("the 1991-1995 war"));
        Assert.Null(list.FindIn("the golfer said"));
        Assert.NotNull(list.FindIn("golf, again"));
        Assert.Null(list.FindIn("the Gulf of Mexico"));
    }
}
