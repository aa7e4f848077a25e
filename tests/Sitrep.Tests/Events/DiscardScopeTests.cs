using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A sentence-level discard phrase drops the events of the clause it stands in, not the sentence, unless PETRARCH's reading is asked for.</summary>
public sealed class DiscardScopeTests
{
    private const string Discards = """
        1975
        YEARS AGO
        FOOTBALL
        +TYPHOON
        """;

    private static string Codes(string sentence, bool scoped)
    {
        var discards = DiscardList.Parse(new StringReader(Discards), "test.discards.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(builtIn.Verbs, builtIn.Actors, builtIn.Agents, discards, builtIn.Nouns);
        var coder = new EventCoder(dictionaries, allowMissingActor: true) { ScopeDiscards = scoped };
        return SentenceEvents.Directed(coder, sentence);
    }

    [Fact]
    public void ADateInALaterClauseDropsOnlyThatClausesEvent()
    {
        var codes = Codes("Kenya expelled two Tanzanian diplomats accused of attacking a police station in 1975.", scoped: true);
        Assert.Contains("161 KEN>TZAGOV", codes);
        Assert.DoesNotContain("190", codes);
    }

    [Fact]
    public void YearsAgoAndATopicPhraseReachTheNearestVerb()
    {
        Assert.Equal("161 KEN>TZAGOV", Codes("Kenya expelled two Tanzanian diplomats who attacked a police station ten years ago.", scoped: true));
        Assert.Equal("161 KEN>TZAGOV", Codes("Kenya expelled two Tanzanian diplomats who attacked a football club.", scoped: true));
    }

    [Fact]
    public void APhraseDatingTheMainVerbDropsItsEvent()
    {
        Assert.Equal(string.Empty, Codes("In 1975 Kenya expelled two Tanzanian diplomats.", scoped: true));
    }

    [Fact]
    public void StoryDiscardsAndPetrarchReadingDropTheSentence()
    {
        Assert.Equal(string.Empty, Codes("Kenya expelled two Tanzanian diplomats after the typhoon.", scoped: true));
        Assert.Equal(string.Empty, Codes("Kenya expelled two Tanzanian diplomats accused of attacking a police station in 1975.", scoped: false));
        Assert.NotEqual(string.Empty, Codes("Kenya expelled two Tanzanian diplomats.", scoped: false));
    }
}
