using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>Pattern words match their regular plurals, as TABARI's stem matching did, unless PETRARCH's exact reading is asked for.</summary>
public sealed class PatternPluralTests
{
    private const string Verbs = """
        --- BLOCK [170] ---
        BLOCK
        - * ROAD [144]
        - * CITY [1441]
        """;

    private static string Codes(string sentence, bool plurals)
    {
        var verbs = VerbDictionary.Parse(new StringReader(Verbs), "test.verbs.txt");
        var dictionaries = new EventDictionaries(verbs, EventDictionaries.BuiltIn.Actors, EventDictionaries.BuiltIn.Agents, DiscardList.Empty);
        var coder = new EventCoder(dictionaries, allowMissingActor: true) { MatchPluralPatternWords = plurals };
        return SentenceEvents.Cameos(coder, sentence);
    }

    [Fact]
    public void APluralInTheTextMatchesASingularPatternWord()
    {
        Assert.Equal("144", Codes("France blocked the main roads into Spain.", plurals: true));
        Assert.Equal("1441", Codes("France blocked two cities near Spain.", plurals: true));
    }

    [Fact]
    public void PetrarchReadingMatchesPatternWordsExactly()
    {
        Assert.Equal("170", Codes("France blocked the main roads into Spain.", plurals: false));
        Assert.Equal("144", Codes("France blocked the main road into Spain.", plurals: false));
    }
}
