using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A people's name in the plural ("Northlanders") takes the actor of the singular the dictionary lists.</summary>
public sealed class ActorPluralTests
{
    private static string Codes(string sentence)
    {
        var actors = ActorDictionary.Parse(new StringReader("NORTHLAND [NTH]\n+NORTHLANDER_\nSOUTHLAND [STH]\n+SOUTHLANDER_\nPASS [PAS]\n"), "test.actors.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(builtIn.Verbs, actors, builtIn.Agents, DiscardList.Empty, builtIn.Nouns);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return SentenceEvents.Directed(coder, sentence);
    }

    [Fact]
    public void APluralNameTakesTheSingularsActor()
    {
        Assert.Equal("161 NTH>STH", Codes("Northland expelled 200 Southlanders on Monday."));
        Assert.Equal("161 NTH>STH", Codes("Northlanders expelled the Southlander on Monday."));
    }

    [Fact]
    public void OnlyCapitalisedWordsInSAreReadAsPlurals()
    {
        // "passes" is a common noun, not the plural of the name PASS.
        Assert.Equal("161 NTH>", Codes("Northland expelled the passes on Monday."));
        Assert.Equal("161 NTH>PAS", Codes("Northland expelled Pass on Monday."));
    }
}
