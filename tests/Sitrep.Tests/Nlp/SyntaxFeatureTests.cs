using Sitrep.Documents;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Tests.Nlp;

/// <summary>The training-time tree repair and the feature helpers of the tagger and parser.</summary>
public sealed class SyntaxFeatureTests
{
    [Fact]
    public void Lifting_makes_a_crossing_arc_projective_by_moving_it_to_its_heads_head()
    {
        // Word 1 hangs from word 3 across the root word 2 (ROOT is index 4): lifted to word 2.
        int[] gold = [2, 3, 4, 2];
        Assert.True(ParserTrainer.Projectivize(gold));
        Assert.Equal([2, 2, 4, 2], gold);
        Assert.True(ParserTrainer.IsProjectiveSingleRoot(gold));

        // Already projective trees are left as they are.
        int[] fine = [1, 3, 1];
        Assert.True(ParserTrainer.Projectivize(fine));
        Assert.Equal([1, 3, 1], fine);

        // Several roots cannot be repaired by lifting.
        Assert.False(ParserTrainer.Projectivize([3, 3, 3]));
    }

    [Fact]
    public void Non_projective_training_trees_are_lifted_not_skipped()
    {
        // "A hearing is scheduled on the issue today": "on the issue" belongs to "hearing" across "is scheduled".
        const string Conllu =
            "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\thearing\thearing\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n" +
            "3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_\n4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_\n" +
            "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n" +
            "7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_\n8\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\t_\n\n";
        var sentences = ConlluReader.Read(new StringReader(Conllu), "tiny");
        var log = new List<string>();
        ParserTrainer.Train(sentences, null, new ParserTrainingOptions { Iterations = 1, MoveHashBits = 12, LabelHashBits = 12 }, log.Add);
        Assert.Contains(log, l => l.Contains("1 trees (1 made projective by lifting), 0 skipped"));
    }

    [Theory]
    [InlineData("Rebels attacked the town near Kiev on Monday", 0UL)]
    [InlineData("Credit Risk Management And Advisory Services", 1UL)]
    [InlineData("REBELS ATTACK TOWN NEAR KIEV", 2UL)]
    [InlineData("i saw the new office in boston yesterday", 3UL)]
    [InlineData("Yes", 0UL)]
    public void Sentence_casing_is_read_from_the_words_after_the_first(string sentence, ulong expected)
    {
        var words = sentence.Split(' ');
        var tokens = new Token[words.Length];
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }

        Assert.Equal(expected, TaggerFeatures.SentenceCase(sentence, tokens));
    }
}
