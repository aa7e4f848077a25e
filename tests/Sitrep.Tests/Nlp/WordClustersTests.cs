using System.IO.Compression;
using Sitrep.Nlp.Internal;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Nlp;

public class WordClustersTests
{
    private static readonly Lazy<WordClusters> Shipped = new(() =>
        WordClusters.FromFile(Path.Combine(SharedData.RepositoryRoot, "data/models/word-clusters/word-clusters.tsv.gz")));

    [Fact]
    public void Countries_share_a_class_and_differ_from_verbs()
    {
        var clusters = Shipped.Value;
        int syria = clusters.Fine("Syria");
        Assert.True(syria >= 0);
        Assert.Equal(syria, clusters.Fine("turkey"));
        Assert.Equal(syria, clusters.Fine("EGYPT"));
        Assert.NotEqual(syria, clusters.Fine("attacked"));
        Assert.Equal(clusters.Fine("attacked"), clusters.Fine("raided"));
    }

    [Fact]
    public void Unknown_and_overlong_words_have_no_class()
    {
        var clusters = Shipped.Value;
        Assert.Equal(-1, clusters.Fine("qzxwvkj"));
        Assert.Equal(-1, clusters.Fine(new string('a', 41)));
        Assert.Equal(-1, clusters.Fine(""));
        Assert.Equal(-1, WordClusters.Empty.Fine("syria"));
    }

    [Fact]
    public void Coarser_levels_group_related_fine_classes()
    {
        var clusters = Shipped.Value;
        int rebels = clusters.Fine("rebels"), protesters = clusters.Fine("protesters"), quickly = clusters.Fine("quickly");
        Assert.Equal(clusters.Coarse(rebels, 16), clusters.Coarse(protesters, 16));
        Assert.NotEqual(clusters.Coarse(rebels, 256), clusters.Coarse(quickly, 256));
        Assert.Throws<ArgumentOutOfRangeException>(() => clusters.Coarse(rebels, 32));
    }

    [Fact]
    public void Saved_table_loads_back_the_same()
    {
        var clusters = Shipped.Value;
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            clusters.Save(writer);
        }

        memory.Position = 0;
        using var reader = new BinaryReader(memory);
        var loaded = WordClusters.Load(reader);
        Assert.Equal(clusters.Count, loaded.Count);
        foreach (var word in new[] { "syria", "said", "beautiful", "of" })
        {
            int c = clusters.Fine(word);
            Assert.Equal(c, loaded.Fine(word));
            Assert.Equal(clusters.Coarse(c, 64), loaded.Coarse(c, 64));
        }
    }

    [Theory]
    [InlineData("syria\t1\t2\t3\n", "expected")]
    [InlineData("syria\t1\t2\t3\t1024\n", "expected")]
    [InlineData("syria\t1\t2\t3\t7\nturkey\t1\t2\t4\t7\n", "class 7")]
    public void Malformed_table_names_file_and_line(string content, string message)
    {
        string path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gz))
            {
                writer.Write("# header\n" + content);
            }

            var error = Assert.Throws<InvalidDataException>(() => WordClusters.FromFile(path));
            Assert.Contains(path + ":", error.Message);
            Assert.Contains(message, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
