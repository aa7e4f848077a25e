using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>
/// The time stage over the whole corpus (the seed article and the wikinews folder), one core, with a
/// words/s and chars/s column. Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter *TimeBenchmarks*</c>
/// (reads ../shared/corpus, or SITREP_SHARED).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TimeBenchmarks
{
    private AnnotatedDocument[] _documents = [];
    private AnnotatedDocument[] _withLowerLayers = [];
    private readonly TimexAnnotator _annotator = new();

    [GlobalSetup]
    public void Setup()
    {
        _documents = LoadCorpus();

        // As in the pipeline: the stages before time have set sentences, tokens and POS tags.
        var pipeline = DefaultPipeline.Create();
        var before = pipeline.Annotators.TakeWhile(a => a.Name != _annotator.Name).ToList();
        _withLowerLayers = [.. _documents.Select(d => before.Aggregate(d, (doc, stage) => stage.Annotate(doc)))];
    }

    /// <summary>Every corpus document through the time stage on bare text; returns the number of timex found.</summary>
    [Benchmark(Baseline = true)]
    public int AnnotateCorpus() => Run(_documents);

    /// <summary>The same after the text, syntax and NER stages (own sentences not needed, POS cues used).</summary>
    [Benchmark]
    public int AnnotateCorpusAfterLowerStages() => Run(_withLowerLayers);

    private int Run(AnnotatedDocument[] documents)
    {
        int found = 0;
        foreach (var doc in documents)
        {
            found += _annotator.Annotate(doc).Timex.Count;
        }

        return found;
    }

    internal static AnnotatedDocument[] LoadCorpus()
    {
        string corpus = Path.Combine(SharedPaths.Root, "corpus");
        var published = new DateOnly(2012, 7, 22);
        return [.. Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new AnnotatedDocument(new Document(Path.GetFileName(f), File.ReadAllText(f), new SourceInfo { Published = published })))];
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            var documents = LoadCorpus();
            long words = documents.Sum(d => (long)d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            long chars = documents.Sum(d => (long)d.Text.Length);
            AddColumn(
                new PerSecondColumn("PerSecondColumnWords/s", "Words/s", $"Words processed per second on one core ({words:N0} in the corpus)", () => words),
                new PerSecondColumn("PerSecondColumnChars/s", "Chars/s", $"Chars processed per second on one core ({chars:N0} in the corpus)", () => chars));
        }
    }
}
