namespace Sitrep.Documents;

/// <summary>Where a document came from and what its metadata says. Every field may be unknown.</summary>
public sealed record SourceInfo
{
    public string? Path { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Outlet { get; init; }

    /// <summary>Publication date: the anchor for every relative date in the text. Unknown stays unknown.</summary>
    public DateOnly? Published { get; init; }
}
