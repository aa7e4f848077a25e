using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Internal;

namespace Sitrep.Tests.Events;

/// <summary>Source and target from a hand-built dependency parse (UD relations).</summary>
public sealed class DependencyRolesTests
{
    private static (string Text, List<Token> Tokens, List<ActorMention> Mentions) Sentence(string text)
    {
        var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(text);
        var mentions = ActorMentionFinder.Find(text, tokens, 0, tokens.Count, EventDictionaries.BuiltIn, null);
        return (text, tokens, mentions);
    }

    [Fact]
    public void ActiveSubjectAndObject()
    {
        var (_, tokens, mentions) = Sentence("Russia attacked Ukraine");
        var parse = new SyntaxLayer(["PROPN", "VERB", "PROPN"], ["NNP", "VBD", "NNP"], ["Russia", "attack", "Ukraine"], [1, -1, 1], ["nsubj", "root", "obj"]);

        var roles = DependencyRoles.Find(parse, mentions, 0, tokens.Count, 1);

        Assert.Equal(("RUS", "UKR", false), (roles!.Value.Source!.Codes[0], roles.Value.Target!.Codes[0], roles.Value.Passive));
    }

    [Fact]
    public void PassiveSubjectIsTheTargetAndTheByPhraseTheSource()
    {
        var (_, tokens, mentions) = Sentence("Ukraine was attacked by Russia");
        var parse = new SyntaxLayer(
            ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
            ["NNP", "VBD", "VBN", "IN", "NNP"],
            ["Ukraine", "be", "attack", "by", "Russia"],
            [2, 2, -1, 4, 2],
            ["nsubj:pass", "aux:pass", "root", "case", "obl"]);

        var roles = DependencyRoles.Find(parse, mentions, 0, tokens.Count, 2);

        Assert.Equal(("RUS", "UKR", true), (roles!.Value.Source!.Codes[0], roles.Value.Target!.Codes[0], roles.Value.Passive));
    }

    [Fact]
    public void AConjunctVerbTakesItsHeadsSubject()
    {
        var (_, tokens, mentions) = Sentence("Egypt met and praised Qatar");
        var parse = new SyntaxLayer(
            ["PROPN", "VERB", "CCONJ", "VERB", "PROPN"],
            ["NNP", "VBD", "CC", "VBD", "NNP"],
            ["Egypt", "meet", "and", "praise", "Qatar"],
            [1, -1, 3, 1, 3],
            ["nsubj", "root", "cc", "conj", "obj"]);

        var roles = DependencyRoles.Find(parse, mentions, 0, tokens.Count, 3);

        Assert.Equal(("EGY", "QAT"), (roles!.Value.Source!.Codes[0], roles.Value.Target!.Codes[0]));
    }
}
