using System.Reflection;

namespace Sitrep.Entities.Internal;

/// <summary>
/// Reads the tab-separated data files under data/ (embedded in the library, or from disk for user
/// dictionaries). A malformed line is reported as "file:line: problem" and skipped; it never throws.
/// </summary>
internal static class DataFile
{
    private static readonly Assembly Assembly = typeof(DataFile).Assembly;

    /// <summary>The fields of each data line (comments and blank lines skipped) with its 1-based line number.</summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadEmbedded(string relativePath, int minFields, ICollection<string> errors)
    {
        // Embedded names are the assembly's root namespace + "data." + the path with '/' turned into '.'.
        var name = "Sitrep.data." + relativePath.Replace('/', '.');
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            errors.Add($"data/{relativePath}: not embedded in the library");
            yield break;
        }

        using var reader = new StreamReader(stream);
        foreach (var row in Read(reader, "data/" + relativePath, minFields, errors))
        {
            yield return row;
        }
    }

    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string displayName, int minFields, ICollection<string> errors)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < minFields || fields[0].Trim().Length == 0)
            {
                errors.Add($"{displayName}:{lineNumber}: expected at least {minFields} tab-separated fields, found {fields.Length}; line skipped");
                continue;
            }

            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (lineNumber, fields);
        }
    }

    public static bool TryParseCoordinate(string text, double limit, out double value) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
        && value >= -limit && value <= limit;

    public static string[] SplitAliases(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
