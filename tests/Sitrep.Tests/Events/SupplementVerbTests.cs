using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Sitrep's own verbs back up a user's verb dictionary (as the Phoenix set loads): a verb the user leaves out or
/// uncoded takes Sitrep's code, and a multi-word verb or pattern of Sitrep's that matches beats a bare user verb.
/// </summary>
public sealed class SupplementVerbTests
{
    // A user's dictionary in the Phoenix style: bare verbs coded only by their block.
    private const string UserVerbs = """
        --- EXCLUDE [170] ---
        BLOCK

        --- DESTROY [190] ---
        BEAT

        --- REVOKE [---] ---
        RENEGE

        --- EMBRACE [---] ---
        ACCEPT

        --- DESPATCH [---] ---
        DISMISS

        --- EXPLOSIVE_DESTRUCTION [190] ---
        +BLOW_UP {+BLOWS_UP +BLEW_UP +BLOWN_UP +BLOWING_UP}

        --- ATTACK [190] ---
        ATTACK
        - * (WITH ROCKETS) [195]
        """;

    private static string Codes(string sentence, bool supplement = true)
    {
        var verbs = VerbDictionary.Parse(new StringReader(UserVerbs), "user.verbs.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(verbs, builtIn.Actors, builtIn.Agents, DiscardList.Empty, builtIn.Nouns, supplement ? builtIn.Verbs : null);
        var coder = new EventCoder(dictionaries, allowMissingActor: true);
        return SentenceEvents.Cameos(coder, sentence);
    }

    [Fact]
    public void OurPatternBeatsABareUserVerb()
    {
        // Blocking roads is obstructing passage (144), not the user's bare "block" (170).
        Assert.Equal("144", Codes("Chilean farmers blocked the main highways into Peru."));
        Assert.Equal("170", Codes("Chilean farmers blocked the main highways into Peru.", supplement: false));
        Assert.Equal("170", Codes("Chile blocked the shipment to Peru."));
    }

    [Fact]
    public void OurMultiWordVerbBeatsABareUserVerb()
    {
        Assert.Equal("182", Codes("Police in Chile beat up protesters from Peru."));
    }

    [Fact]
    public void AVerbTheUserLeavesUncodedTakesOurCode()
    {
        Assert.Equal("120", Codes("Chile reneged on its promise to Peru."));
        Assert.Equal("080", Codes("Chile accepted the demands of Peru."));
        Assert.Equal("120", Codes("Chile dismissed the appeal from Peru."));
        Assert.Equal(string.Empty, Codes("Chile reneged on its promise to Peru.", supplement: false));
    }

    [Fact]
    public void OurPatternBeatsABareUserMultiWordVerb()
    {
        // Destroying property is CAMEO 1712, not the user's bare "blow up" (190).
        Assert.Equal("1712", Codes("Chilean rebels blew up two bridges near Peru."));
        Assert.Equal("190", Codes("Chilean rebels blew up two soldiers from Peru."));
    }

    [Fact]
    public void SettingFireToPropertyDestroysIt()
    {
        Assert.Equal("1712", Codes("Chilean rebels set fire to the offices of the Peruvian embassy."));
    }

    [Fact]
    public void TheUsersOwnPatternStillComesFirst()
    {
        Assert.Equal("195", Codes("Chile attacked Peru with rockets."));
    }

    [Fact]
    public void HandingOverAidIsAid()
    {
        Assert.Equal("073", Codes("Chile handed over medicine to Peru."));
        Assert.Equal("0842", Codes("Chile handed over the prisoners to Peru."));
    }
}
