using Sitrep.Dictionaries.Petrarch;
using Sitrep.Events;
using Sitrep.Events.Validation;

namespace Sitrep.Tests.Events;

/// <summary>The PLOVER validator compares actor codes across the GSR's and the dictionaries' code vocabularies.</summary>
public sealed class PloverScoringTests
{
    private static PloverResult Score(string text, string source, string target, EventDictionaries? dictionaries = null)
    {
        var record = new PloverRecord("test-1", new DateOnly(2001, 1, 1), text, "DISAPPROVE", [source], [target]);
        return PloverValidator.Run([record], dictionaries ?? EventDictionaries.BuiltIn)[0];
    }

    [Fact]
    public void APartOfSerbiaAndMontenegroMatchesTheCountryAlone()
    {
        // Phoenix-style codes: Serbia and Montenegro as parts of the union.
        var actors = ActorDictionary.Parse(new StringReader("SERBIA [SCGSRB]\nMONTENEGRO [SCGMNE]\n"), "test.actors.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(builtIn.Verbs, actors, builtIn.Agents, DiscardList.Empty, builtIn.Nouns);
        var result = Score("Serbia condemned Montenegro on Monday.", "SRB", "MNE", dictionaries);
        Assert.True(result.SourceCorrect);
        Assert.True(result.TargetCorrect);
        Assert.False(Score("Serbia condemned Montenegro on Monday.", "MNE", "SRB", dictionaries).SourceCorrect);
    }

    [Fact]
    public void IsoCodesMatchTheGsrLegacyCodes()
    {
        var result = Score("Japan condemned Italy on Monday.", "JAP", "ITL");
        Assert.True(result.EventCorrect);
        Assert.True(result.SourceCorrect);
        Assert.True(result.TargetCorrect);
    }

    [Fact]
    public void PhoenixsOldCodesMatchTheGsrsIsoCodes()
    {
        // Phoenix-style codes: East Timor under its pre-2002 code, an Angolan rebel group as ANG.
        var actors = ActorDictionary.Parse(new StringReader("EAST_TIMOR [TMP]\nANGOLAN_REBELS [ANGREB]\n"), "test.actors.txt");
        var builtIn = EventDictionaries.BuiltIn;
        var dictionaries = new EventDictionaries(builtIn.Verbs, actors, builtIn.Agents, DiscardList.Empty, builtIn.Nouns);
        var result = Score("East Timor condemned Angolan rebels on Monday.", "TLS", "AGO", dictionaries);
        Assert.True(result.SourceCorrect);
        Assert.True(result.TargetCorrect);
    }

    [Fact]
    public void AnotherCountryDoesNotMatch()
    {
        var result = Score("Japan condemned Italy on Monday.", "ITL", "JAP");
        Assert.False(result.SourceCorrect);
        Assert.False(result.TargetCorrect);
    }
}
