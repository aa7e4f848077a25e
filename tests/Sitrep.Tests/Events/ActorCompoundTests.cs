using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>"the French-led mission": a force led by an actor is coded as that actor.</summary>
public sealed class ActorCompoundTests
{
    private static string Codes(string sentence)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(sentence);
        var coder = new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: true);
        return string.Join("; ", coder.Code(sentence, tokens, 0, tokens.Count, new DateOnly(2024, 1, 1)).Select(e => $"{e.Cameo} {e.SourceCode}>{e.TargetCode}"));
    }

    [Fact]
    public void ALedCompoundNamesItsLeader()
    {
        Assert.Equal("112 KEN>FRA", Codes("Kenya accused the French-led mission of fraud."));
    }

    [Fact]
    public void OtherCompoundsAndUnknownLeadersNameNoActor()
    {
        Assert.Equal("112 KEN>", Codes("Kenya accused the French-backed mission of fraud."));
        Assert.Equal("112 KEN>", Codes("Kenya accused the Smith-led mission of fraud."));
    }
}
