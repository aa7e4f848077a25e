using System.Globalization;
using System.Text.Json;

namespace Sitrep.Events.Validation;

/// <summary>One PLOVER gold-standard record: a sentence, its PLOVER event type, and the source and target actor codes.</summary>
public sealed record PloverRecord(string Id, DateOnly? Date, string Text, string Event, IReadOnlyList<string> Source, IReadOnlyList<string> Target);

/// <summary>Reads PLOVER gold-standard files (PLOVER_GSR_CAMEO.json): a JSON array of records; DOCUMENT records are notes and are skipped.</summary>
public static class PloverRecordFile
{
    /// <exception cref="InvalidDataException">The file is unreadable or not a JSON array of records.</exception>
    public static IReadOnlyList<PloverRecord> Load(string path)
    {
        JsonDocument json;
        try
        {
            using var stream = File.OpenRead(path);
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}:{ex.LineNumber + 1}: not valid JSON ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read ({ex.Message})", ex);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: expected a JSON array of PLOVER records");
            }

            var records = new List<PloverRecord>();
            int index = 0;
            foreach (var r in json.RootElement.EnumerateArray())
            {
                index++;
                string ev = Str(r, "event") ?? string.Empty;
                string? text = Str(r, "text");
                if (ev == "DOCUMENT" || text is null)
                {
                    continue;
                }

                DateOnly? date = DateOnly.TryParseExact(Str(r, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                records.Add(new PloverRecord(Str(r, "id") ?? $"record-{index}", date, text, ev, Codes(r, "source"), Codes(r, "target")));
            }

            return records;
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Codes(JsonElement e, string name)
    {
        var codes = new List<string>();
        if (e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var actor in list.EnumerateArray())
            {
                var code = Str(actor, "code");
                if (!string.IsNullOrWhiteSpace(code))
                {
                    codes.Add(code.Trim().ToUpperInvariant());
                }
            }
        }

        return codes;
    }
}
