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
        public Columns() => AddColumn(new PerSecondColumn("EntityWordsPerSecond", "Words/s", "Corpus words through the entity stage per second (Annotate corpus only)", WordsInCorpus, c => c.Descriptor.WorkloadMethod.Name == nameof(EntityBenchmarks.AnnotateCorpus)));

        // The benchmark ran in a child process; count the words here.
        private static long WordsInCorpus()
        {
            if (_words == 0)
            {
                new EntityBenchmarks().Setup();
            }

            return _words;
        }
    }
}
