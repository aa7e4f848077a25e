using Sitrep.Dictionaries.Petrarch;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Dictionaries;

public sealed class VerbDictionaryTests
{
    private const string Sample = """
        &WEAPONRY
        +ROCKET
        +HEAVY_ARTILLERY

        &AUX_
        +WAS

        --- STRIKE [190] ---
        STRIKE {STRIKES STRUCK STRIKING}
        BOMB [183]
        +CALL_OFF {+CALLED_OFF} [---]
        - * + WITH &WEAPONRY   [195]   # pattern with a target and a synset
        - $ * (ACROSS BORDER) [192:193]
        - * &UNDEFINED [100]
        - * | OTHER [100]
        NOT A PATTERN LINE [
        """;

    private static VerbDictionary Parse() => VerbDictionary.Parse(new StringReader(Sample), "test.verbs");

    [Fact]
    public void EveryInflectedFormFindsItsVerb()
    {
        var dict = Parse();

        Assert.Equal("STRIKE", dict.Lookup("struck")[0].Lemma);
        Assert.Equal("183", dict.Lookup("bombed")[0].Code);
        Assert.Equal("183", dict.Lookup("Bombing")[0].Code);
        Assert.Equal("190", dict.Lookup("strikes")[0].Code);
        Assert.Empty(dict.Lookup("strucked"));
    }

    [Fact]
    public void MultiWordVerbsKeepTheirParticleAndNullCode()
    {
        var call = Parse().Lookup("called")[0];

        Assert.Equal(["OFF"], call.WordsAfter);
        Assert.Null(call.Code);
    }

    [Fact]
    public void PatternsKeepElementsAroundTheVerbAndReciprocalCodes()
    {
        var block = Parse().Blocks.Single();

        Assert.Equal(2, block.Patterns.Count);
        var withWeapon = block.Patterns[0];
        Assert.Equal("195", withWeapon.Code);
        Assert.Equal([PatternElementKind.Target, PatternElementKind.Word, PatternElementKind.Synset], withWeapon.After.Select(e => e.Kind));
        var border = block.Patterns[1];
        Assert.Equal(PatternElementKind.Source, border.Before[0].Kind);
        Assert.Equal(("192", "193"), (border.Code, border.ReciprocalCode));
    }

    [Fact]
    public void SynsetsGetPluralsUnlessTheLabelEndsWithUnderscore()
    {
        var dict = Parse();

        Assert.Contains(dict.Synset("&WEAPONRY"), p => p.SequenceEqual(["HEAVY", "ARTILLERIES"]));
        Assert.Single(dict.Synset("&AUX"));
    }

    [Fact]
    public void BadPatternsAreReportedByLine()
    {
        var issues = Parse().Issues;

        Assert.Equal(3, issues.Count);
        Assert.Equal(14, issues[0].Line);
        Assert.Contains("&UNDEFINED", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("'|'", issues[1].Message, StringComparison.Ordinal);
        Assert.Equal(16, issues[2].Line);
    }

    [Fact]
    public void SynsetLabelsMayContainUnderscoresBesideJoinedWords()
    {
        const string text = """
            &TIE
            +MILITARY
            &WAR_OF_WORDS
            +INSULTS
            --- RESTORE [064] ---
            RESTORE
            - * NEW_&TIE_RELATIONS [901]
            - * &WAR_OF_WORDS [902]
            """;
        var block = VerbDictionary.Parse(new StringReader(text), "t.verbs").Blocks.Single();

        Assert.Equal([PatternElementKind.Word, PatternElementKind.Synset, PatternElementKind.Word], block.Patterns[0].After.Select(e => e.Kind));
        Assert.True(block.Patterns[0].After[2].Joined);
        Assert.Equal("&WAR_OF_WORDS", block.Patterns[1].After.Single().Text);
    }

    [SkippableFact]
    public void CameoVerbDictionaryLoads()
    {
        var dict = VerbDictionary.Load(SharedData.Require("petrarch2/dictionaries/CAMEO.2.0.txt"));

        Assert.True(dict.PatternCount > 4_000, $"{dict.PatternCount} patterns");
        Assert.True(dict.Issues.Count < 100, string.Join('\n', dict.Issues.Take(20)));
        Assert.Contains(dict.Lookup("vetoed"), v => v.Lemma == "VETO");
    }
}
