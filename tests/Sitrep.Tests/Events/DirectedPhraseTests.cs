using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>"in defiance of X", "in protest against X": X is whom the act is aimed at.</summary>
public sealed class DirectedPhraseTests
{
    private static string Codes(string sentence)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(sentence);
        var coder = new EventCoder(EventDictionaries.BuiltIn, allowMissingActor: true);
        return string.Join("; ", coder.Code(sentence, tokens, 0, tokens.Count, new DateOnly(2024, 1, 1)).Select(e => $"{e.Cameo} {e.SourceCode}>{e.TargetCode}"));
    }

    [Fact]
    public void DefianceOfNamesTheTargetBeforeAPlaceOfTheObject()
    {
        Assert.Equal("144 ---OPP>KENGOV", Codes("Protesters blocked roads in Uganda in defiance of the Kenyan government."));
    }

    [Fact]
    public void ProtestOfAfterAnEventNounNamesTheTarget()
    {
        Assert.Contains("142 ---OPP>KENGOV", Codes("Protesters staged a hunger strike in protest of the Kenyan government's decision."));
    }

    [Fact]
    public void OfAfterAnotherNounStillNamesTheAgent()
    {
        Assert.Contains("142 KENOPP>", Codes("The hunger strike of Kenyan activists went on."));
    }
}
