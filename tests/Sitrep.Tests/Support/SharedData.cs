namespace Sitrep.Tests.Support;

/// <summary>
/// Finds ../shared (corpus, gold, dictionaries, training data) beside the repository checkout.
/// Tests that need it call <see cref="Require"/> and are skipped with a clear message when it is absent,
/// as in a user's fresh clone. SITREP_SHARED overrides the location.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? Directory => Root.Value;

    public static bool Available => Root.Value is not null;

    public const string MissingMessage = "../shared (corpus, gold, dictionaries) is not beside this checkout; set SITREP_SHARED to run this test.";

    /// <summary>The full path of a file or folder under shared/, or a skip when shared/ is absent.</summary>
    public static string Require(string relative)
    {
        Skip.IfNot(Available, MissingMessage);
        return Path.Combine(Root.Value!, relative);
    }

    public static string RepositoryRoot { get; } = LocateRepository();

    private static string LocateRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Sitrep.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return System.IO.Directory.Exists(env) ? Path.GetFullPath(env) : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
    }
}
