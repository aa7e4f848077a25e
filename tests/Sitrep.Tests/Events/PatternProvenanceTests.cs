using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// A pattern whose comment names the verb it was written for ("# SEIZE") does not apply to a verb of the
/// same block that has a code of its own; plain synonyms of the block still share it.
/// </summary>
public sealed class PatternProvenanceTests
{
    private const string Verbs = """
        --- SEIZE [171] ---
        SEIZE
        GRAB
        ARREST [173]
        - * VILLAGE [192]    # SEIZE
        - * VILLAGERS [175]  # pas 12 Mar 2003
        """;

    private static string Codes(string sentence)
    {
        var verbs = VerbDictionary.Parse(new StringReader(Verbs), "test.verbs.txt");
        var dictionaries = new EventDictionaries(verbs, EventDictionaries.BuiltIn.Actors, EventDictionaries.BuiltIn.Agents, DiscardList.Empty);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return SentenceEvents.Cameos(coder, sentence);
    }

    [Fact]
    public void TheNamedVerbAndItsSynonymsTakeThePattern()
    {
        Assert.Equal("192", Codes("Egypt seized a village near Gaza."));
        Assert.Equal("192", Codes("Egypt grabbed a village near Gaza."));
    }

    [Fact]
    public void AVerbWithItsOwnCodeKeepsItUnlessThePatternIsForIt()
    {
        Assert.Equal("173", Codes("Egypt arrested the village elders of Gaza."));
    }

    [Fact]
    public void ACommentNamingNoVerbLeavesThePatternForAllVerbs()
    {
        Assert.Equal("175", Codes("Egypt arrested villagers near Gaza."));
    }
}
