using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Quotes;

namespace Sitrep.Bench;

/// <summary>
/// Quote stage speed on one core over the whole corpus (../shared/corpus; SITREP_SHARED overrides):
/// with the layers below it already in place (as in the default pipeline), and on bare text where it
/// falls back to its own sentence splitting and name reading. Divide <see cref="CorpusCharacters"/>
/// (printed at setup) by the mean to get characters per second.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuoteAnnotator _annotator = new();
    private AnnotatedDocument[] _layered = [];
    private AnnotatedDocument[] _bare = [];

    public static int CorpusCharacters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string shared = Environment.GetEnvironmentVariable("SITREP_SHARED") ?? Path.GetFullPath(Path.Combine(FindRepository(), "..", "shared"));
        var files = Directory.GetFiles(Path.Combine(shared, "corpus"), "*.txt", SearchOption.AllDirectories);
        var documents = InputReader.Read(files, new IngestOptions()).Where(r => r.Document is not null).Select(r => r.Document!).ToArray();

        // Everything the default pipeline runs before quotes.
        var lower = new PipelineBuilder();
        foreach (var stage in DefaultPipeline.Create().Annotators)
        {
            if (stage.Name == _annotator.Name)
            {
                break;
            }

            lower.Add(stage);
        }

        var pipeline = lower.Build();
        _layered = [.. documents.Select(d => pipeline.Annotate(d))];
        _bare = [.. documents.Select(d => new AnnotatedDocument(d))];
        CorpusCharacters = documents.Sum(d => d.Text.Length);
        Console.WriteLine($"// quote benchmark corpus: {documents.Length} documents, {CorpusCharacters} characters");
    }

    [Benchmark(Description = "Quotes, lower layers present")]
    public int WithLayers() => Run(_layered);

    [Benchmark(Description = "Quotes, bare text")]
    public int BareText() => Run(_bare);

    private int Run(AnnotatedDocument[] documents)
    {
        int quotes = 0;
        foreach (var d in documents)
        {
            quotes += _annotator.Annotate(d).Quotes.Count;
        }

        return quotes;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root; set SITREP_SHARED");
    }
}
