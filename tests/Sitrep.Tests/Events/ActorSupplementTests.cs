using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>Sitrep's own actors back up a user's actor dictionary: a longer phrase of ours is used, the user's wins a tie.</summary>
public sealed class ActorSupplementTests
{
    private static string Codes(string sentence, ActorDictionary? supplement)
    {
        var theirs = ActorDictionary.Parse(new StringReader("NORTHLAND [NTH]\nSOUTHLAND [STH]\nCHINA [XXX]\n"), "theirs.actors.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(builtIn.Verbs, theirs, builtIn.Agents, DiscardList.Empty, builtIn.Nouns, supplementActors: supplement);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return SentenceEvents.Directed(coder, sentence);
    }

    [Fact]
    public void APhraseTheUsersDictionaryLacksComesFromOurs()
    {
        const string sentence = "Serb forces attacked Northland.";
        Assert.Equal("190 ---MIL>NTH", Codes(sentence, supplement: null));
        Assert.Equal("190 SRBMIL>NTH", Codes(sentence, EventDictionaries.BuiltIn.Actors));
    }

    [Fact]
    public void TheUsersPhraseWinsWhereBothMatchAsMuch()
    {
        Assert.Equal("190 XXX>NTH", Codes("China attacked Northland.", EventDictionaries.BuiltIn.Actors));
        Assert.Equal("190 CHN>NTH", Codes("The People's Republic of China attacked Northland.", EventDictionaries.BuiltIn.Actors));
    }
}
