using System.IO.Compression;
using Sitrep.Documents;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;
using Sitrep.Nlp.Parsing;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Nlp;

/// <summary>The parser's word-class features and the class table stored in its model file.</summary>
public sealed class ParserWordClassTests
{
    // "ate pasta with X": X is food (hangs from the noun, nmod) or a tool (hangs from the verb, obl).
    // The tags are the same either way; only the word, or its class, tells them apart.
    private static readonly string[] Food = ["cheese", "sauce", "butter", "ketchup"];
    private static readonly string[] Tools = ["forks", "chopsticks", "spoons", "knives"];
    private const int Ate = 1, Pasta = 2;

    [Fact]
    public void Unseen_words_attach_like_the_words_of_their_class()
    {
        var clusters = Clusters();
        var parser = TrainOn(clusters);

        // "ketchup" and "knives" never occur in training; only their classes are known.
        Assert.Equal(Pasta, HeadOfLastWord(parser, "They ate pasta with ketchup"));
        Assert.Equal(Ate, HeadOfLastWord(parser, "They ate pasta with knives"));

        // Without classes the two unseen words look the same and get the same head.
        var blind = TrainOn(WordClusters.Empty);
        Assert.Equal(HeadOfLastWord(blind, "They ate pasta with ketchup"), HeadOfLastWord(blind, "They ate pasta with knives"));
    }

    [Fact]
    public void The_class_table_travels_in_the_model_file()
    {
        var parser = TrainOn(Clusters());
        var bytes = new MemoryStream();
        NlpModels.SaveParser(parser, bytes);
        bytes.Position = 0;
        var loaded = NlpModels.LoadParser(bytes, "memory");

        Assert.Equal(Food.Length + Tools.Length, loaded.Clusters.Count);
        Assert.Equal(parser.Clusters.Fine("ketchup"), loaded.Clusters.Fine("KETCHUP"));
        Assert.Equal(Pasta, HeadOfLastWord(loaded, "They ate pasta with ketchup"));
        Assert.Equal(Ate, HeadOfLastWord(loaded, "They ate pasta with knives"));
    }

    [Fact]
    public void The_shipped_parser_carries_the_shipped_class_table()
    {
        var clusters = NlpModels.DefaultParser.Clusters;
        Assert.True(clusters.Count > 50_000);
        Assert.Equal(clusters.Fine("syria"), clusters.Fine("Turkey"));
    }

    [Fact]
    public void A_parser_file_from_before_word_classes_is_refused_with_its_version()
    {
        var old = new MemoryStream();
        using (var writer = ModelIO.CreateWriter(old, DependencyParser.ModelKind, 2))
        {
            writer.Write7BitEncodedInt(0);
        }

        old.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => NlpModels.LoadParser(old, "old-parser.bin"));
        Assert.Equal($"old-parser.bin: holds a 'dependency-parser' model version 2, expected 'dependency-parser' version {DependencyParser.ModelVersion}", ex.Message);
    }

    private static DependencyParser TrainOn(WordClusters clusters)
    {
        var conllu = new System.Text.StringBuilder();
        string[] subjects = ["I", "We", "You"];
        string[] dishes = ["pasta", "rice", "bread"];
        for (int i = 0; i < 3; i++)
        {
            conllu.Append(Sentence(subjects[i], dishes[i], Food[i], food: true));
            conllu.Append(Sentence(subjects[i], dishes[i], Tools[i], food: false));
        }

        var sentences = ConlluReader.Read(new StringReader(conllu.ToString()), "tiny");
        return ParserTrainer.Train(sentences, null, new ParserTrainingOptions { Iterations = 10, MoveHashBits = 14, LabelHashBits = 12, Ensemble = 1, Clusters = clusters });
    }

    private static string Sentence(string subject, string dish, string last, bool food) =>
        $"1\t{subject}\t_\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tate\teat\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        $"3\t{dish}\t_\tNOUN\tNN\t_\t2\tobj\t_\t_\n4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n" +
        $"5\t{last}\t_\tNOUN\tNN\t_\t{(food ? 3 : 2)}\t{(food ? "nmod" : "obl")}\t_\t_\n\n";

    /// <summary>The head (word index) of the last word of a "PRON ate NOUN with NOUN" sentence.</summary>
    private static int HeadOfLastWord(DependencyParser parser, string sentence)
    {
        var tokens = SimpleTokens.Of(sentence).ToArray();
        string[] xpos = ["PRP", "VBD", "NN", "IN", "NN"];
        string[] upos = ["PRON", "VERB", "NOUN", "ADP", "NOUN"];
        var heads = new int[tokens.Length];
        var labels = new int[tokens.Length];
        parser.Parse(sentence, tokens, xpos, upos, heads, labels);
        return heads[^1];
    }

    /// <summary>A two-class table: the food words in one class, the tools in another.</summary>
    private static WordClusters Clusters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parser-classes-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gz))
            {
                writer.Write("# word c16 c64 c256 c1024\n");
                foreach (var w in Food)
                {
                    writer.Write($"{w}\t1\t1\t1\t1\n");
                }

                foreach (var w in Tools)
                {
                    writer.Write($"{w}\t2\t2\t2\t2\n");
                }
            }

            return WordClusters.FromFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
