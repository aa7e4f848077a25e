using BenchmarkDotNet.Running;
using Sitrep.Bench;

// `corpus DIR [repeat]`: whole-pipeline throughput on a folder of articles, both cores, plus a
// per-stage breakdown. Anything else goes to BenchmarkDotNet (e.g. `--filter *Text*`).
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusThroughput.Run(args.Length > 1 ? args[1] : "../shared/corpus", args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

// BenchmarkDotNet times a generated child project that does not copy TieredPGO=false from this one, so
// pass it as an environment variable, as the sitrep command runs (`--envVars DOTNET_TieredPGO:1` measures with it).
if (!args.Contains("--envVars"))
{
    args = [.. args, "--envVars", "DOTNET_TieredPGO:0"];
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusThroughput).Assembly).Run(args);
return 0;
