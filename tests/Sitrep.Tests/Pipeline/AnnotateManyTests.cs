using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

public sealed class AnnotateManyTests
{
    [Fact]
    public void Returns_documents_of_very_different_lengths_in_input_order()
    {
        var pipeline = new PipelineBuilder().Add(new TextAnnotator()).Build();
        var documents = Enumerable.Range(0, 40)
            .Select(i => new Document($"d{i}", string.Concat(Enumerable.Repeat($"Talks resumed in round {i}. ", i % 7 == 0 ? 200 : 1)), new SourceInfo()))
            .ToList();

        var results = pipeline.AnnotateMany(documents, maxDegreeOfParallelism: 4).ToList();

        Assert.Equal(documents.Select(d => d.Id), results.Select(r => r.Document.Id));
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(documents.Select(d => pipeline.Annotate(d).Sentences.Count), results.Select(r => r.Annotated!.Sentences.Count));
    }

    [Fact]
    public void Reads_a_lazy_sequence_once()
    {
        var pipeline = new PipelineBuilder().Add(new TextAnnotator()).Build();
        int reads = 0;

        IEnumerable<Document> Lazy()
        {
            for (int i = 0; i < 10; i++)
            {
                reads++;
                yield return new Document($"d{i}", "Troops withdrew.", new SourceInfo());
            }
        }

        var ids = pipeline.AnnotateMany(Lazy()).Select(r => r.Document.Id).ToList();

        Assert.Equal(10, reads);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"d{i}"), ids);
    }
}
