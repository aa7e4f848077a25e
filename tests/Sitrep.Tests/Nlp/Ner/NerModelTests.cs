using Sitrep.Nlp.Ner;

namespace Sitrep.Tests.Nlp.Ner;

public sealed class NerModelTests
{
    [Fact]
    public void Shipped_model_is_embedded_and_loads()
    {
        var model = NerModel.Default;

        Assert.True(model.Buckets >= 1 << 10);
        Assert.Same(model, NerModel.Default); // loaded once
    }

    [Fact]
    public void Saved_model_reads_back_with_the_same_answers()
    {
        using var stream = new MemoryStream();
        NerModel.Default.Save(stream);
        stream.Position = 0;
        var copy = NerModel.Load(stream);

        var doc = NerTestDocuments.Build("Talks between Angela Merkel and Vladimir Putin ended in Berlin.");
        Assert.Equal(new NerAnnotator(NerModel.Default).Annotate(doc).NerSpans, new NerAnnotator(copy).Annotate(doc).NerSpans);

        using var again = new MemoryStream();
        copy.Save(again);
        Assert.Equal(stream.ToArray(), again.ToArray()); // same model, same bytes
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin");
        File.WriteAllText(path, "this is not a model");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
            Assert.Contains(path, error.Message);
            Assert.Contains("not a Sitrep NER model", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_truncated_model_is_a_clear_error()
    {
        using var full = new MemoryStream();
        NerModel.Default.Save(full);
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, full.ToArray()[..200]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
            Assert.StartsWith(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
