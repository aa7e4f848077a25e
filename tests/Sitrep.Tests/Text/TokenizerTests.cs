using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text, Tokenizer? tokenizer = null) =>
        [.. (tokenizer ?? Tokenizer.Default).Tokenize(text).Select(t => text[t.Start..t.End])];

    [Theory]
    [InlineData("Maj. Gen. Ali Hassan spoke.", "Maj.|Gen.|Ali|Hassan|spoke|.")]
    [InlineData("Dr. Lee met the U.S. and U.N. envoys in St. Louis.", "Dr.|Lee|met|the|U.S.|and|U.N.|envoys|in|St.|Louis|.")]
    [InlineData("It began on Jan. 5, e.g. at noon.", "It|began|on|Jan.|5|,|e.g.|at|noon|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    [InlineData("He lives at No. 10 and said no.", "He|lives|at|No.|10|and|said|no|.")]
    [InlineData("troops from the U.S.”", "troops|from|the|U.S.|”")]
    public void Abbreviations_titles_and_initials_keep_their_period(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Prices rose 3.5 per cent to 1,000 dinars.", "Prices|rose|3.5|per|cent|to|1,000|dinars|.")]
    [InlineData("It cost $200, or 15%.", "It|cost|$|200|,|or|15|%|.")]
    [InlineData("Turnout was 0.75; 2,500,000 voted.", "Turnout|was|0.75|;|2,500,000|voted|.")]
    public void Numbers_keep_decimal_points_and_thousands_separators(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Assad’s men don’t care.", "Assad|’s|men|do|n’t|care|.")]
    [InlineData("The army's tanks can't move and won't.", "The|army|'s|tanks|ca|n't|move|and|wo|n't|.")]
    [InlineData("They’re sure we’ve won; I'm not, I'd say.", "They|’re|sure|we|’ve|won|;|I|'m|not|,|I|'d|say|.")]
    [InlineData("The rebels’ leader cannot stay.", "The|rebels|’|leader|can|not|stay|.")]
    public void Clitics_split_as_in_UD_English(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("He said: “We will not leave.”", "He|said|:|“|We|will|not|leave|.|”")]
    [InlineData("\"Stop,\" she said (twice) [sic].", "\"|Stop|,|\"|she|said|(|twice|)|[|sic|]|.")]
    [InlineData("the ‘safe zone’ ends", "the|‘|safe|zone|’|ends")]
    public void Quotes_and_brackets_are_their_own_tokens(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("the war – and the peace—ended", "the|war|–|and|the|peace|—|ended")]
    [InlineData("chief of staff- Jane Roe", "chief|of|staff|-|Jane|Roe")]
    [InlineData("It ended... Then… nothing", "It|ended|...|Then|…|nothing")]
    [InlineData("well -- maybe", "well|--|maybe")]
    public void Dashes_and_ellipses_are_separate_tokens(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Hyphenated_words_stay_whole_by_default_and_split_like_UD_when_asked()
    {
        const string text = "al-Assad was short-sighted, said a co-founder.";
        Assert.Equal("al-Assad|was|short-sighted|,|said|a|co-founder|.".Split('|'), Tokens(text));
        Assert.Equal("al|-|Assad|was|short|-|sighted|,|said|a|co-founder|.".Split('|'), Tokens(text, new Tokenizer(splitHyphens: true)));
    }

    [Theory]
    [InlineData("See https://example.org/a.b?x=1, or write to press@example.org.", "See|https://example.org/a.b?x=1|,|or|write|to|press@example.org|.")]
    [InlineData("#IStandWithAhmed went viral via @POTUS.", "#IStandWithAhmed|went|viral|via|@POTUS|.")]
    public void Urls_addresses_handles_and_hashtags_stay_whole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Offsets_are_exact_and_whitespace_is_never_part_of_a_token()
    {
        const string text = "  Hello,\tworld!\n\n“Yes.”  ";
        foreach (var t in Tokenizer.Default.Tokenize(text))
        {
            Assert.True(t.Length > 0);
            Assert.DoesNotContain(text[t.Start..t.End], char.IsWhiteSpace);
        }

        Assert.Equal("Hello|,|world|!|“|Yes|.|”".Split('|'), Tokens(text));
    }
}
