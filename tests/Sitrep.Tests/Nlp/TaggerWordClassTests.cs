using System.IO.Compression;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Tests.Nlp;

/// <summary>The tagger's distributional word-class features: unseen words take their class's tag.</summary>
public sealed class TaggerWordClassTests
{
    // One-word sentences: nothing but the word itself tells the tagger what it is.
    private const string Conllu =
        "1\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n" +
        "1\trun\trun\tVERB\tVB\t_\t0\troot\t_\t_\n\n" +
        "1\teat\teat\tVERB\tVB\t_\t0\troot\t_\t_\n\n" +
        "1\tcat\tcat\tNOUN\tNN\t_\t0\troot\t_\t_\n\n" +
        "1\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n\n" +
        "1\tbird\tbird\tNOUN\tNN\t_\t0\troot\t_\t_\n\n";

    [Fact]
    public void An_unseen_word_takes_the_tag_of_its_class()
    {
        var tagger = Train(Classes());

        Assert.Equal("VB", TagOne(tagger, "walk"));
        Assert.Equal("NN", TagOne(tagger, "fish"));
        Assert.Equal("VB", TagOne(tagger, "WALK")); // classes ignore case
    }

    [Fact]
    public void Word_classes_are_saved_inside_the_model()
    {
        var clusters = Classes();
        var model = new TaggerModel(Train(clusters), Sitrep.Nlp.Lemmas.LemmatizerTrainer.Train(ConlluReader.Read(new StringReader(Conllu), "tiny")));
        var bytes = new MemoryStream();
        NlpModels.SaveTagger(model, bytes);
        bytes.Position = 0;
        var loaded = NlpModels.LoadTagger(bytes, "memory").Tagger;

        Assert.Equal(8, loaded.Clusters.Count);
        Assert.Equal(clusters.Fine("walk"), loaded.Clusters.Fine("walk"));
        Assert.Equal("VB", TagOne(loaded, "walk"));
        Assert.Equal("NN", TagOne(loaded, "fish"));
    }

    [Fact]
    public void The_shipped_tagger_holds_its_word_classes()
    {
        var clusters = NlpModels.DefaultTagger.Tagger.Clusters;
        Assert.True(clusters.Count > 50_000, "pos.bin ships with the word classes it was trained with");
        Assert.Equal(clusters.Fine("attacked"), clusters.Fine("raided"));
    }

    [Fact]
    public void A_tagger_file_of_the_previous_format_is_a_clear_error()
    {
        var bytes = new MemoryStream();
        using (var writer = ModelIO.CreateWriter(bytes, PosTagger.ModelKind, PosTagger.ModelVersion - 1))
        {
            writer.Write(0);
        }

        var ex = Assert.Throws<InvalidDataException>(() => NlpModels.LoadTagger(new MemoryStream(bytes.ToArray()), "old-pos.bin"));
        Assert.Equal($"old-pos.bin: holds a 'pos-tagger' model version {PosTagger.ModelVersion - 1}, expected 'pos-tagger' version {PosTagger.ModelVersion}", ex.Message);
    }

    [Fact]
    public void Packed_classes_hold_all_three_levels_and_zero_for_unknown_words()
    {
        var clusters = Clusters(("walk", 7));
        ulong packed = TaggerFeatures.WordClasses("Walk", clusters);
        Assert.Equal(8UL, packed & 0xffff);
        Assert.Equal((ulong)clusters.Coarse(7, 256) + 1, (packed >> 16) & 0xffff);
        Assert.Equal((ulong)clusters.Coarse(7, 64) + 1, (packed >> 32) & 0xffff);
        Assert.Equal(0UL, TaggerFeatures.WordClasses("qzx", clusters));
        Assert.Equal(0UL, TaggerFeatures.WordClasses("walk", WordClusters.Empty));
    }

    private static WordClusters Classes() =>
        Clusters(("go", 7), ("run", 7), ("eat", 7), ("walk", 7), ("cat", 300), ("dog", 300), ("bird", 300), ("fish", 300));

    private static PosTagger Train(WordClusters clusters) =>
        PosTaggerTrainer.Train(
            ConlluReader.Read(new StringReader(Conllu), "tiny"),
            new PosTaggerTrainingOptions { Iterations = 5, HashBits = 16, DictionaryMinCount = 100, Clusters = clusters });

    private static string TagOne(PosTagger tagger, string word)
    {
        var tags = new int[1];
        tagger.Tag(word, [new Sitrep.Documents.Token(0, word.Length)], tags);
        return tagger.Xpos(tags[0]);
    }

    // A class table in the file format of make-clusters.py; the coarser levels are fine / 4, / 16, / 64.
    private static WordClusters Clusters(params (string Word, int Fine)[] words)
    {
        string path = Path.GetTempFileName();
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gz))
            {
                writer.WriteLine("# word\tc16\tc64\tc256\tc1024");
                foreach (var (word, fine) in words)
                {
                    writer.WriteLine($"{word}\t{fine / 64}\t{fine / 16}\t{fine / 4}\t{fine}");
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
