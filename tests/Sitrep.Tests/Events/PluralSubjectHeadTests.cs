using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A word in -s between an actor and a plural auxiliary ("Kenyan forces have …") is the subject's head, not a verb.</summary>
public sealed class PluralSubjectHeadTests
{
    private static string Codes(string sentence)
    {
        // "force" is a verb here and no agent, so "forces" is not part of the actor phrase, as with Phoenix.
        var verbs = VerbDictionary.Parse(new StringReader("--- COERCE [170] ---\nFORCE\n--- FIGHT [190] ---\nATTACK\n"), "test.verbs.txt");
        var dictionaries = new EventDictionaries(verbs, EventDictionaries.BuiltIn.Actors, AgentDictionary.Empty, DiscardList.Empty);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return SentenceEvents.Directed(coder, sentence);
    }

    [Fact]
    public void APluralHeadBeforeAnAuxiliaryIsNoVerb()
    {
        Assert.Equal("190 KEN>SOM", Codes("Kenyan forces have attacked Somalia."));
        Assert.Equal("190 KEN>SOM", Codes("Kenyan forces were attacking Somalia."));
    }

    [Fact]
    public void AVerbInSBeforeItsObjectStaysAVerb()
    {
        Assert.Equal("170 KEN>SOM", Codes("Kenya forces Somalia to talk."));
    }
}
