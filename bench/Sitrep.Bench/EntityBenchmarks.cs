using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// The entity stage on one core: loading the built-in gazetteer and word lists, and annotating the whole
/// corpus (../shared/corpus, or SITREP_SHARED) after the text and NER stages have run, so the stage sees
/// what it sees in the pipeline. Words/s counts whitespace-separated words of the cleaned bodies.
/// Run: <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter *EntityBenchmarks*</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class EntityBenchmarks
{
    private static int _words;

    private AnnotatedDocument[] _documents = [];
    private EntityAnnotator _annotator = null!;

    [GlobalSetup]
    public void Setup()
    {
        string corpus = Path.Combine(SharedPaths.Root, "corpus");
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order().ToList();
        var text = new Sitrep.Text.TextAnnotator();
        var ner = new Sitrep.Nlp.Ner.NerAnnotator();
        _documents =
        [
            .. InputReader.Read(files, new IngestOptions())
                .Where(r => r.Document is not null)
                .Select(r => ner.Annotate(text.Annotate(new AnnotatedDocument(r.Document!)))),
        ];
        _words = _documents.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        _annotator = new EntityAnnotator(EntityKnowledge.Default);
    }

    [Benchmark(Description = "Load gazetteer")]
    public EntityKnowledge LoadGazetteer() => EntityKnowledge.LoadBuiltIn();

    [Benchmark(Description = "Annotate corpus")]
    public int AnnotateCorpus()
    {
        int entities = 0;
        foreach (var document in _documents)
        {
            entities += _annotator.Annotate(document).Entities.Count;
        }

        return entities;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new WordsPerSecond());
    }

    /// <summary>Words of the corpus annotated per second of the Annotate benchmark.</summary>
    private sealed class WordsPerSecond : IColumn
    {
        public string Id => "EntityWordsPerSecond";

        public string ColumnName => "Words/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Corpus words through the entity stage per second (Annotate corpus only)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null || benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(AnnotateCorpus))
            {
                return "-";
            }

            // The benchmark ran in a child process; count the words here.
            if (_words == 0)
            {
                new EntityBenchmarks().Setup();
            }

            return (_words / (report.ResultStatistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
