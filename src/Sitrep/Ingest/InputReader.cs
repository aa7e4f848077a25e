using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Placeholder reader (plain UTF-8 text only); replaced by the full ingest stage
/// (encodings, headers, HTML, JSON Lines, directories, stdin, cleaning).
/// </summary>
public static class InputReader
{
    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions options)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                yield return IngestResult.Failure(path, "no such file or directory");
                continue;
            }

            var text = File.ReadAllText(path);
            yield return IngestResult.Success(new Document(Path.GetFileNameWithoutExtension(path), text, new SourceInfo { Path = path, Published = options.Published }));
        }
    }
}

/// <summary>Options that apply to every input: metadata the user supplies on the command line.</summary>
public sealed record IngestOptions
{
    /// <summary>Publication date to use where the input's own metadata gives none.</summary>
    public DateOnly? Published { get; init; }
}

/// <summary>A document read from one input, or why it could not be read. Failures are values, not exceptions.</summary>
public sealed record IngestResult(string Input, Document? Document, string? Error)
{
    public static IngestResult Success(Document document) => new(document.Source.Path ?? document.Id, document, null);

    public static IngestResult Failure(string input, string error) => new(input, null, error);
}
