using Sitrep.Nlp.Ner;

namespace Sitrep.Tests.Nlp.Ner;

/// <summary>The training entry point end to end, on a tiny data folder written by the test.</summary>
public sealed class NerTrainerTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"sitrep-ner-train-{Guid.NewGuid():N}");

    public NerTrainerTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "uner-ewt"));
        Directory.CreateDirectory(Path.Combine(_data, "gum"));
        var iob = new System.Text.StringBuilder();
        string[] people = ["Anna Berg", "Omar Haddad", "Lena Vogt", "Tariq Aziz"];
        string[] places = ["Oslo", "Cairo", "Lima", "Hanoi"];
        foreach (var person in people)
        {
            foreach (var place in places)
            {
                var name = person.Split(' ');
                iob.Append($"1\t{name[0]}\tB-PER\t-\t-\n2\t{name[1]}\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\t{place}\tB-LOC\t-\t-\n5\tyesterday\tO\t-\t-\n6\t.\tO\t-\t-\n\n");
            }
        }

        File.WriteAllText(Path.Combine(_data, "uner-ewt", "en_ewt-ud-dev.iob2"), iob.ToString());
        File.WriteAllText(Path.Combine(_data, "gum", "GUM_test_tiny.conllu"), string.Join('\n',
            "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-organization-new-x-x-1-sgl-Acme)",
            "2\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tstaff\tstaff\tNOUN\tNN\t_\t2\tobj\t_\t_",
            "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "",
            ""));
    }

    [Fact]
    public void Learns_its_training_data_and_is_reproducible()
    {
        var options = new NerTrainingOptions { DataDirectory = _data, Epochs = 4, Runs = 2, BucketBits = 14, GazetteerDirectory = null, PosTags = false };

        var model = NerTrainer.Train(options);
        var again = NerTrainer.Train(options);

        var doc = new NerAnnotator(model, documentLevel: false).Annotate(NerTestDocuments.BuildTokens("Omar Haddad visited Lima yesterday ."));
        Assert.Equal(["Omar Haddad/PER", "Lima/LOC"], NerTestDocuments.Names(doc));
        Assert.Equal(Bytes(model), Bytes(again));
    }

    [Fact]
    public void Missing_training_file_is_a_clear_error()
    {
        File.Delete(Path.Combine(_data, "uner-ewt", "en_ewt-ud-dev.iob2"));

        var error = Assert.Throws<FileNotFoundException>(() => NerTrainer.Train(new NerTrainingOptions { DataDirectory = _data, GazetteerDirectory = null }));
        Assert.Contains("en_ewt-ud-dev.iob2", error.Message);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
