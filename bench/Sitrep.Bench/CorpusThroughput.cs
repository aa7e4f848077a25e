using System.Diagnostics;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// End-to-end throughput of the default pipeline over a corpus folder: ingest once, then annotate
/// every document <c>repeat</c> times on all cores, then <c>repeat</c> times stage by stage on one core
/// for the breakdown. The machine may be shared: the process CPU time shows how busy the cores were.
/// </summary>
public static class CorpusThroughput
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    public static int Run(string directory, int repeat)
    {
        var inv = CultureInfo.InvariantCulture;
        var load = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create();
        Console.WriteLine($"pipeline built (models and dictionaries loaded) in {load.ElapsedMilliseconds} ms: {string.Join(" → ", pipeline.Annotators.Select(a => a.Name))}");

        var ingest = Stopwatch.StartNew();
        var docs = InputReader.Read([directory], new IngestOptions()).Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        ingest.Stop();
        long words = docs.Sum(d => CountWords(d.Text));
        long chars = docs.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"ingested {docs.Count} documents, {words:N0} words, {chars:N0} chars in {ingest.ElapsedMilliseconds} ms");
        if (docs.Count == 0)
        {
            Console.Error.WriteLine($"bench: {directory}: no readable documents");
            return 1;
        }

        // Warm up (lazy model loading, JIT): count sentences on the first pass, then keep going for a few
        // seconds, because .NET compiles hot methods first without optimisation, then with profile
        // instrumentation, and only then fully optimised; one pass over a small corpus measures the JIT.
        long sentences = 0;
        var warmUp = Stopwatch.StartNew();
        foreach (var r in pipeline.AnnotateMany(docs))
        {
            sentences += r.Annotated?.Sentences.Count ?? 0;
        }

        while (warmUp.Elapsed < WarmUpTime)
        {
            foreach (var r in pipeline.AnnotateMany(docs))
            {
                _ = r.Annotated;
            }
        }

        Console.WriteLine($"warmed up in {warmUp.Elapsed.TotalSeconds:0.0} s");

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        int failures = 0;
        for (int i = 0; i < repeat; i++)
        {
            foreach (var r in pipeline.AnnotateMany(docs))
            {
                failures += r.Annotated is null ? 1 : 0;
            }
        }

        timer.Stop();
        process.Refresh();
        double seconds = timer.Elapsed.TotalSeconds;
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"all cores ({Environment.ProcessorCount}): {repeat}×{docs.Count} docs in {seconds:0.000} s = {repeat * words / seconds:N0} words/s, {repeat * sentences / seconds:N0} sentences/s, {repeat * docs.Count / seconds:0.0} docs/s, {failures} failures; CPU {cpu:0.000} s ({cpu / seconds:0.00} cores busy)");

        // Per stage, one core, over the same number of passes.
        var perStage = new double[pipeline.Annotators.Count];
        for (int i = 0; i < repeat; i++)
        {
            foreach (var doc in docs)
            {
                var annotated = new AnnotatedDocument(doc);
                for (int s = 0; s < pipeline.Annotators.Count; s++)
                {
                    long start = Stopwatch.GetTimestamp();
                    annotated = pipeline.Annotators[s].Annotate(annotated);
                    perStage[s] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
            }
        }

        for (int s = 0; s < perStage.Length; s++)
        {
            Console.WriteLine(string.Create(inv, $"  stage {pipeline.Annotators[s].Name,-10} {perStage[s] * 1000 / repeat,9:0.0} ms  {repeat * words / Math.Max(perStage[s], 1e-9),14:N0} words/s (one core)"));
        }

        Console.WriteLine(string.Create(inv, $"  all stages {perStage.Sum() * 1000 / repeat,9:0.0} ms  {repeat * words / Math.Max(perStage.Sum(), 1e-9),14:N0} words/s, {repeat * sentences / Math.Max(perStage.Sum(), 1e-9):N0} sentences/s (one core)"));

        return 0;
    }

    private static long CountWords(string text)
    {
        long n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
