using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Bench;

/// <summary>
/// Tagger, parser and whole syntax stage speed on one core over the held-out text (EWT test and the
/// eight held-out GUM news documents, gold tokenization, read from ../shared/training; SITREP_SHARED
/// overrides), excluding model loading, which has its own benchmark. Words/s = words / mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WordsPerSecondConfig))]
public class NlpBenchmarks
{
    private static int s_words;

    private (string Text, Token[] Tokens, string[] Xpos, string[] Upos)[] _sentences = [];
    private AnnotatedDocument[] _documents = [];
    private TaggerModel _tagger = null!;
    private Sitrep.Nlp.Parsing.DependencyParser _parser = null!;
    private SyntaxAnnotator _annotator = null!;
    private int[] _tags = [];
    private int[] _heads = [];
    private int[] _labels = [];
    private byte[] _taggerFile = [];
    private byte[] _parserFile = [];

    [GlobalSetup]
    public void Setup()
    {
        string shared = SharedPaths.Root;
        var files = TrainingData.EvaluationFiles(Path.Combine(shared, "training"));
        _tagger = NlpModels.DefaultTagger;
        _parser = NlpModels.DefaultParser;
        _annotator = new SyntaxAnnotator(_tagger, _parser);
        _documents = [.. files.SelectMany(ConlluInput.ReadDocuments).Select(d => new AnnotatedDocument(d))];

        // Per sentence: its text and tokens, and the tagger's tags, so the parser is timed alone.
        var sentences = new List<(string, Token[], string[], string[])>();
        int longest = 0;
        foreach (var doc in _documents)
        {
            var tagged = _annotator.Annotate(doc);
            foreach (var s in doc.Sentences)
            {
                var tokens = doc.Tokens.Skip(s.FirstToken).Take(s.TokenCount).ToArray();
                sentences.Add((doc.Text, tokens, tagged.Syntax.Xpos[s.FirstToken..s.EndToken], tagged.Syntax.Upos[s.FirstToken..s.EndToken]));
                longest = Math.Max(longest, s.TokenCount);
            }
        }

        _sentences = [.. sentences];
        s_words = _sentences.Sum(s => s.Item2.Length);
        _tags = new int[longest];
        _heads = new int[longest];
        _labels = new int[longest];
        using var t = new MemoryStream();
        NlpModels.SaveTagger(_tagger, t);
        _taggerFile = t.ToArray();
        using var p = new MemoryStream();
        NlpModels.SaveParser(_parser, p);
        _parserFile = p.ToArray();
    }

    [Benchmark(Description = "Tagger")]
    public int Tag()
    {
        int sum = 0;
        var tagger = _tagger.Tagger;
        foreach (var (text, tokens, _, _) in _sentences)
        {
            tagger.Tag(text, tokens, _tags);
            sum += _tags[0];
        }

        return sum;
    }

    [Benchmark(Description = "Lemmatizer")]
    public int Lemmatize()
    {
        int sum = 0;
        var lemmatizer = _tagger.Lemmatizer;
        foreach (var (text, tokens, xpos, _) in _sentences)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                sum += lemmatizer.Lemmatize(text.AsSpan(tokens[i].Start, tokens[i].Length), xpos[i]).Length;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Parser")]
    public int Parse()
    {
        int sum = 0;
        foreach (var (text, tokens, xpos, upos) in _sentences)
        {
            _parser.Parse(text, tokens, xpos, upos, _heads, _labels);
            sum += _heads[0];
        }

        return sum;
    }

    [Benchmark(Description = "Syntax stage")]
    public int Annotate()
    {
        int sum = 0;
        foreach (var doc in _documents)
        {
            sum += _annotator.Annotate(doc).Syntax.Head.Length;
        }

        return sum;
    }

    [Benchmark(Description = "Load tagger")]
    public TaggerModel LoadTagger() => NlpModels.LoadTagger(new MemoryStream(_taggerFile), "bench");

    [Benchmark(Description = "Load parser")]
    public Sitrep.Nlp.Parsing.DependencyParser LoadParser() => NlpModels.LoadParser(new MemoryStream(_parserFile), "bench");

    private sealed class WordsPerSecondConfig : ManualConfig
    {
        public WordsPerSecondConfig() => AddColumn(new PerSecondColumn("NlpWordsPerSecond", "Words/s", "Held-out words processed per second (not for the load benchmarks)", WordsInCorpus, c => !c.Descriptor.WorkloadMethodDisplayInfo.Contains("Load", StringComparison.Ordinal)));

        // The benchmark ran in a child process; count the words here.
        private static long WordsInCorpus()
        {
            if (s_words == 0)
            {
                new NlpBenchmarks().Setup();
            }

            return s_words;
        }
    }
}
