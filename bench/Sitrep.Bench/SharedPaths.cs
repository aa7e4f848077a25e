namespace Sitrep.Bench;

/// <summary>Where the benchmarks find ../shared (corpus, dictionaries, training data): $SITREP_SHARED, else beside the checkout.</summary>
internal static class SharedPaths
{
    private static readonly Lazy<string> RootPath = new(Locate);

    public static string Root => RootPath.Value;

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared");
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("../shared is not beside the checkout; set SITREP_SHARED");
    }
}
