using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Bench;

/// <summary>
/// Named-entity recogniser speed on one core: tagging the held-out GUM news documents (gold
/// tokenization, read from ../shared/training; SITREP_SHARED overrides), and loading the model.
/// The Words/s column is words tagged per second of the Tag benchmark.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WordsPerSecondConfig))]
public class NerBenchmarks
{
    private static int _words;

    private NerAnnotator _annotator = null!;
    private AnnotatedDocument[] _documents = [];
    private byte[] _model = [];

    [GlobalSetup]
    public void Setup()
    {
        string shared = SharedPaths.Root;
        var sentences = NerDataSplit.GumNewsTestSentences(Path.Combine(shared, "training"));

        // One document per held-out file's worth of sentences, built with tokens and sentences as the text stage would.
        _documents = [.. sentences.Chunk(40).Select(ToDocument)];
        _words = sentences.Sum(s => s.Length);
        _annotator = new NerAnnotator(NerModel.Default);
        using var stream = new MemoryStream();
        NerModel.Default.Save(stream);
        _model = stream.ToArray();
    }

    [Benchmark(Description = "Tag")]
    public int Tag()
    {
        int names = 0;
        foreach (var document in _documents)
        {
            names += _annotator.Annotate(document).NerSpans.Count;
        }

        return names;
    }

    [Benchmark(Description = "Load model")]
    public NerModel Load() => NerModel.Load(new MemoryStream(_model));

    private static AnnotatedDocument ToDocument(NerSentence[] chunk)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var s in chunk)
        {
            int offset = text.Length, first = tokens.Count;
            text.Append(s.Text).Append('\n');
            foreach (var t in s.Tokens)
            {
                tokens.Add(new Token(offset + t.Start, offset + t.End));
            }

            sentences.Add(new Sentence(offset, offset + s.Text.Length, first, s.Length));
        }

        return new AnnotatedDocument(new Document("bench", text.ToString(), new SourceInfo())) { Tokens = tokens, Sentences = sentences };
    }

    private sealed class WordsPerSecondConfig : ManualConfig
    {
        public WordsPerSecondConfig() => AddColumn(new PerSecondColumn("WordsPerSecond", "Words/s", "Words tagged per second (Tag only)", WordsInCorpus, c => c.Descriptor.WorkloadMethodDisplayInfo == "Tag"));

        // The benchmark ran in a child process; count the words here.
        private static long WordsInCorpus()
        {
            if (_words == 0)
            {
                new NerBenchmarks().Setup();
            }

            return _words;
        }
    }
}
