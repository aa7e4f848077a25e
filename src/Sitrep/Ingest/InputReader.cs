using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest.Internal;

namespace Sitrep.Ingest;

/// <summary>
/// Reads inputs into Documents: plain text (UTF-8 with or without BOM, UTF-16 with BOM, optional
/// <c>key: value</c> header), HTML pages, JSON Lines (one document per line), directories (recursively, in
/// ordinal path order) and <c>-</c> for standard input. Every document is cleaned (headline, dateline,
/// byline, captions, pull quotes, sign-up blocks cut and recorded: for text, cuts and the raw map index the
/// raw text; for HTML, each cut covers its element in the page source). A bad input is a failure value with a
/// one-line reason naming it; it never stops the others. Results come in input order, lazily.
/// </summary>
public static class InputReader
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions options)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var r in ReadStream("-", options.StandardInput?.Invoke() ?? Console.OpenStandardInput(), options))
                {
                    yield return r;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var r in ReadDirectory(path, options))
                {
                    yield return r;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var r in ReadFile(path, options))
                {
                    yield return r;
                }
            }
            else
            {
                yield return IngestResult.Failure(path, "no such file or directory");
            }
        }
    }

    /// <summary>Reads one document from text already in memory (tests, the API): header, cleaning and all.</summary>
    public static IngestResult FromText(string text, string id, IngestOptions options, string? path = null) =>
        FromRaw(path ?? id, id, text, LooksLikeHtml(path, text) ? InputKind.Html : InputKind.Text, path, options);

    private static IEnumerable<IngestResult> ReadDirectory(string directory, IngestOptions options)
    {
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true })
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Failure(directory, $"cannot list directory ({ex.Message})")];
        }

        if (files.Count == 0)
        {
            return [IngestResult.Failure(directory, "directory has no files to read")];
        }

        return ReadDirectoryFiles(directory, files, options);
    }

    private static IEnumerable<IngestResult> ReadDirectoryFiles(string directory, List<string> files, IngestOptions options)
    {
        bool any = false;
        foreach (var file in files)
        {
            foreach (var r in ReadFile(file, options))
            {
                any |= r.Document is not null;
                yield return r;
            }
        }

        if (!any)
        {
            yield return IngestResult.Failure(directory, "directory has no readable files");
        }
    }

    private static IEnumerable<IngestResult> ReadFile(string path, IngestOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
            {
                return [IngestResult.Failure(path, $"file is too large ({info.Length / (1024 * 1024)} MB; the limit is {options.MaxBytes / (1024 * 1024)} MB)")];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Failure(path, $"cannot read ({ex.Message})")];
        }

        return FromBytes(path, bytes, path, options);
    }

    private static IEnumerable<IngestResult> ReadStream(string name, Stream stream, IngestOptions options)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > options.MaxBytes)
                {
                    return [IngestResult.Failure(name, $"input is too large (over the {options.MaxBytes / (1024 * 1024)} MB limit)")];
                }
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            return [IngestResult.Failure(name, $"cannot read ({ex.Message})")];
        }

        return FromBytes(name, bytes, null, options);
    }

    private static IEnumerable<IngestResult> FromBytes(string input, byte[] bytes, string? path, IngestOptions options)
    {
        if (bytes.Length == 0)
        {
            return [IngestResult.Failure(input, "empty file")];
        }

        var text = TextDecoder.Decode(bytes, out var error);
        if (text is null)
        {
            return [IngestResult.Failure(input, error!)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [IngestResult.Failure(input, "file contains only whitespace")];
        }

        if ((path is not null && HasExtension(path, JsonLinesExtensions)) || (path is null && LooksLikeJsonLines(text)))
        {
            return ReadJsonLines(input, text, options);
        }

        string id = path is not null ? Path.GetFileNameWithoutExtension(path) : HashId(text);
        return [FromRaw(input, id, text, LooksLikeHtml(path, text) ? InputKind.Html : InputKind.Text, path, options)];
    }

    private enum InputKind
    {
        Text,
        Html,
    }

    private static IngestResult FromRaw(string input, string id, string raw, InputKind kind, string? path, IngestOptions options, SourceInfo? given = null)
    {
        var source = given ?? new SourceInfo { Path = path };
        IReadOnlyList<RemovedSpan> removed = [];
        string cleanInput = raw;
        int bodyStart = 0;
        HtmlArticle? html = null;
        if (kind == InputKind.Html)
        {
            var article = html = HtmlExtractor.Extract(raw, out var error);
            if (article is null)
            {
                return IngestResult.Failure(input, error!);
            }

            cleanInput = article.Text;
            source = source with
            {
                Title = source.Title ?? article.Title,
                Author = source.Author ?? article.Author,
                Published = source.Published ?? article.Published,
                Url = source.Url ?? article.Url,
                Outlet = source.Outlet ?? article.Outlet,
            };
        }
        else
        {
            var header = HeaderBlock.Parse(raw);
            if (header.Error is not null)
            {
                return IngestResult.Failure(input, header.Error);
            }

            if (header.End > 0)
            {
                bodyStart = header.End;
                removed = [new RemovedSpan(0, header.End, RemovedKind.Header, raw[..header.End])];
                source = source with
                {
                    Url = source.Url ?? header.Url,
                    Title = source.Title ?? header.Title,
                    Author = source.Author ?? header.Author,
                    Outlet = source.Outlet ?? header.Outlet,
                    Published = source.Published ?? header.Published,
                };
            }
        }

        var cleaned = ArticleCleaner.Clean(cleanInput, bodyStart, source.Title, removed);
        if (cleaned.Text.Length == 0)
        {
            return IngestResult.Failure(input, "no article text left after removing headers and boilerplate");
        }

        if (html is not null)
        {
            cleaned = ToPageSource(cleaned, html);
        }

        source = source with
        {
            Title = source.Title ?? cleaned.Title,
            Author = source.Author ?? cleaned.Author,
            Published = source.Published ?? options.Published,
        };

        var document = new Document(id, cleaned.Text, source) { Removed = cleaned.Removed, RawMap = cleaned.RawMap };
        return IngestResult.Success(input, document);
    }

    /// <summary>
    /// Cuts made in a page's extracted text, moved to the page source: each covers the element it came from
    /// (its text stays the extracted text). Markup is not copied into the body, so no raw map applies.
    /// </summary>
    private static CleanedText ToPageSource(CleanedText cleaned, HtmlArticle article)
    {
        var removed = new List<RemovedSpan>(cleaned.Removed.Count);
        foreach (var cut in cleaned.Removed)
        {
            var block = FindBlock(article.Blocks, cut.Start);
            removed.Add(cut with { Start = block.RawStart, End = block.RawEnd });
        }

        return cleaned with { Removed = removed, RawMap = [] };
    }

    private static HtmlBlock FindBlock(IReadOnlyList<HtmlBlock> blocks, int textOffset)
    {
        foreach (var b in blocks)
        {
            if (textOffset < b.TextEnd)
            {
                return b;
            }
        }

        return blocks.Count > 0 ? blocks[^1] : default;
    }

    /// <summary>One document per line: {"text"|"html", "id"?, "title"?, "url"?, "author"?, "published"?}.</summary>
    private static IEnumerable<IngestResult> ReadJsonLines(string input, string text, IngestOptions options)
    {
        int lineNumber = 0;
        int produced = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string where = $"{input}:{lineNumber}";
            IngestResult result;
            try
            {
                using var json = JsonDocument.Parse(line);
                result = FromJsonLine(where, json.RootElement, options);
            }
            catch (JsonException ex)
            {
                result = IngestResult.Failure(where, $"not valid JSON ({FirstLine(ex.Message)})");
            }

            produced++;
            yield return result;
        }

        if (produced == 0)
        {
            yield return IngestResult.Failure(input, "JSON Lines file has no documents");
        }
    }

    private static IngestResult FromJsonLine(string where, JsonElement root, IngestOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return IngestResult.Failure(where, "expected a JSON object with \"text\" or \"html\"");
        }

        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var body = Str("text");
        var html = Str("html");
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(html))
        {
            return IngestResult.Failure(where, "no \"text\" or \"html\" string");
        }

        DateOnly? published = null;
        if (Str("published") is { } p)
        {
            published = HtmlExtractor.ParseDate(p);
            if (published is null)
            {
                return IngestResult.Failure(where, $"\"published\": '{p}' is not a date (YYYY-MM-DD)");
            }
        }

        var source = new SourceInfo { Url = Str("url"), Title = Str("title"), Author = Str("author"), Outlet = Str("source") ?? Str("outlet"), Published = published };
        var raw = body ?? html!;
        var id = Str("id") ?? HashId(raw);
        return FromRaw(where, id, raw, body is null ? InputKind.Html : InputKind.Text, null, options, source);
    }

    /// <summary>Standard input that opens with a JSON object on its first line is JSON Lines.</summary>
    private static bool LooksLikeJsonLines(string text)
    {
        var head = text.AsSpan().TrimStart();
        int eol = head.IndexOf('\n');
        var first = (eol < 0 ? head : head[..eol]).TrimEnd();
        return first.Length > 1 && first[0] == '{' && first[^1] == '}';
    }

    private static bool LooksLikeHtml(string? path, string text)
    {
        if (path is not null && HasExtension(path, HtmlExtensions))
        {
            return true;
        }

        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasExtension(string path, string[] extensions)
    {
        var ext = Path.GetExtension(path);
        foreach (var e in extensions)
        {
            if (ext.Equals(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stable id for input without a file name: the first 12 hex digits of the SHA-256 of its text.</summary>
    private static string HashId(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return (nl < 0 ? message : message[..nl]).TrimEnd('\r', '.');
    }
}

/// <summary>Options that apply to every input.</summary>
public sealed record IngestOptions
{
    /// <summary>Publication date to use where the input's own metadata gives none.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Inputs larger than this are refused with a message (default 50 MB).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Where <c>-</c> reads from; standard input when null (tests supply a stream).</summary>
    public Func<Stream>? StandardInput { get; init; }
}

/// <summary>A document read from one input, or why it could not be read. Failures are values, not exceptions.</summary>
public sealed record IngestResult(string Input, Document? Document, string? Error)
{
    public static IngestResult Success(string input, Document document) => new(input, document, null);

    public static IngestResult Success(Document document) => new(document.Source.Path ?? document.Id, document, null);

    public static IngestResult Failure(string input, string error) => new(input, null, error);
}
