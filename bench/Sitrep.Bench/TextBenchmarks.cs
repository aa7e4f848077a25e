using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// Text layer speed on one core: tokenizing and sentence-splitting the cleaned corpus (../shared/corpus,
/// SITREP_SHARED overrides), and ingest itself (decode, header, cleaning) on the raw files.
/// The Words/s column is whitespace-separated words of cleaned text per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TextWordsPerSecondConfig))]
public class TextBenchmarks
{
    private static long _words;

    private string[] _texts = [];
    private string[] _files = [];
    private readonly Tokenizer _tokenizer = Tokenizer.Default;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Path.Combine(SharedPaths.Root, "corpus");
        _files = [.. Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        _texts = [.. InputReader.Read(_files, new IngestOptions()).Where(r => r.Document is not null).Select(r => r.Document!.Text)];
        _words = _texts.Sum(CountWords);
    }

    [Benchmark(Description = "Tokenize")]
    public int Tokenize()
    {
        int n = 0;
        foreach (var text in _texts)
        {
            n += _tokenizer.Tokenize(text).Count;
        }

        return n;
    }

    [Benchmark(Description = "Tokenize+Split")]
    public int TokenizeAndSplit()
    {
        int n = 0;
        foreach (var text in _texts)
        {
            n += SentenceSplitter.Split(text, _tokenizer.Tokenize(text)).Count;
        }

        return n;
    }

    [Benchmark(Description = "Ingest")]
    public int Ingest()
    {
        int n = 0;
        foreach (var r in InputReader.Read(_files, new IngestOptions()))
        {
            n += r.Document?.Text.Length ?? 0;
        }

        return n;
    }

    private static long CountWords(string text)
    {
        long n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool word = !char.IsWhiteSpace(c);
            n += word && !inWord ? 1 : 0;
            inWord = word;
        }

        return n;
    }

    private sealed class TextWordsPerSecondConfig : ManualConfig
    {
        public TextWordsPerSecondConfig() => AddColumn(new PerSecondColumn("TextWordsPerSecond", "Words/s", "Words of cleaned corpus text per second", WordsInCorpus, null));

        // The benchmark ran in a child process; count the words here.
        private static long WordsInCorpus()
        {
            if (_words == 0)
            {
                new TextBenchmarks().Setup();
            }

            return _words;
        }
    }
}
