using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>"sent soldiers to X": a role with no country before "to"/"for" is what is sent; X is the other side.</summary>
public sealed class SentRoleTests
{
    private static string Codes(string sentence)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(sentence);
        var coder = new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: true);
        return string.Join("; ", coder.Code(sentence, tokens, 0, tokens.Count, new DateOnly(2024, 1, 1)).Select(e => $"{e.Cameo} {e.SourceCode}>{e.TargetCode}"));
    }

    [Fact]
    public void TheRecipientAfterToOrForIsTheTarget()
    {
        Assert.Equal("154 KEN>SOMGOV", Codes("Kenya provided soldiers to the Somali government."));
        Assert.StartsWith("154 KEN>SOM;", Codes("Kenya deployed soldiers for a war against Somalia."));
    }

    [Fact]
    public void AnInfinitiveAfterTheRoleKeepsItAsTheTarget()
    {
        Assert.Equal("020 KEN>---MIL", Codes("Kenya urged the soldiers to support Somalia."));
    }
}
