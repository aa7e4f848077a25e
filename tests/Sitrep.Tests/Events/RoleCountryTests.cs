using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>On request, a role with no country takes the country of a sentence whose actors name only one.</summary>
public sealed class RoleCountryTests
{
    private static string Codes(string sentence, bool fromSentence)
    {
        var coder = new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: true) { RoleCountryFromSentence = fromSentence };
        return SentenceEvents.Directed(coder, sentence);
    }

    [Fact]
    public void ARoleTakesTheSentencesOneCountry()
    {
        const string sentence = "The president accused the rebels of fraud during the vote in Kenya.";
        Assert.Equal("112 ---GOV>---REB", Codes(sentence, fromSentence: false));
        Assert.Equal("112 KENGOV>KENREB", Codes(sentence, fromSentence: true));
    }

    [Fact]
    public void TwoCountriesLeaveTheRoleAlone()
    {
        Assert.Equal("112 ---GOV>---REB", Codes("The president accused the rebels of fraud during the votes in Kenya and Uganda.", fromSentence: true));
    }
}
