using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>A final "(TO)" in a pattern asks for a phrase "to X", not for the infinitive of another verb.</summary>
public sealed class PatternPrepositionTests
{
    private const string Verbs = """
        --- WELCOME [051] ---
        WELCOME
        PRAISE
        - * (TO) [043:042]
        --- IMPROVE [---] ---
        IMPROVE
        """;

    private static string Codes(string sentence)
    {
        var verbs = VerbDictionary.Parse(new StringReader(Verbs), "test.verbs.txt");
        var dictionaries = new EventDictionaries(verbs, EventDictionaries.BuiltIn.Actors, EventDictionaries.BuiltIn.Agents, DiscardList.Empty);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return string.Join("; ", SentenceEvents.Code(coder, sentence).Select(e => e.Cameo).Distinct());
    }

    [Fact]
    public void ToBeforeANounPhraseMatches()
    {
        Assert.Equal("043; 042", Codes("Egypt welcomed Israel to the summit."));
    }

    [Fact]
    public void ToBeforeAVerbIsNotThePrepositionThePatternAsksFor()
    {
        Assert.Equal("051", Codes("Egypt praised Israel's efforts to improve relations."));
    }
}
