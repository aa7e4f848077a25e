using System.Text.Json;
using Sitrep.Documents.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// A hand-made gold annotation in the format of ../shared/gold (see its README): every value is a
/// string that occurs verbatim in the article body, not an offset. Scorers read the sections they
/// know from <see cref="Root"/>; sections they do not know are ignored.
/// </summary>
public sealed class GoldFile : IDisposable
{
    private readonly JsonDocument _json;

    private GoldFile(string path, JsonDocument json)
    {
        Path = path;
        _json = json;
    }

    public string Path { get; }

    public JsonElement Root => _json.RootElement;

    /// <summary>A top-level section ("entities", "events" …) as an array, or empty when absent.</summary>
    public IEnumerable<JsonElement> Section(string name) =>
        Root.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray() : [];

    public JsonElement Document => Root.TryGetProperty("document", out var d) ? d : default;

    public static GoldFile Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new GoldFile(path, JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true }));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message})", ex);
        }
    }

    public void Dispose() => _json.Dispose();
}
