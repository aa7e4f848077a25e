using System.Globalization;

namespace Sitrep.Events;

/// <summary>
/// What Sitrep knows about a CAMEO event code: its PLOVER type, mode and context (current manual),
/// Goldstein score and GDELT quad class, and <see cref="LegacyPlover"/>, the type in the 2016 PLOVER
/// draft (v0.5: DEMAND, DISAPPROVE, INVESTIGATE, FIGHT …) that older gold files such as the PLOVER GSR use.
/// </summary>
public sealed record CameoInfo(string Code, string Plover, string? Mode, string? Context, double Goldstein, int QuadClass, string LegacyPlover);

/// <summary>
/// The CAMEO → PLOVER table with Goldstein scale and quad class (data/events/cameo.tsv, see its README).
/// A code not in the table takes its nearest listed parent (1831 → 183 → 180), as GDELT reads sub-codes.
/// Immutable, loaded once.
/// </summary>
public static class CameoCodes
{
    private static readonly Lazy<Dictionary<string, CameoInfo>> Table = new(Load);

    /// <summary>Information for a CAMEO code, or null when neither it nor a parent is known.</summary>
    public static CameoInfo? Find(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var table = Table.Value;
        for (int length = code.Length; length >= 2; length--)
        {
            var prefix = code[..length];
            if (table.TryGetValue(prefix, out var info))
            {
                return info;
            }

            if (length == 2 && table.TryGetValue(prefix + "0", out info))
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>GDELT's quad class from the CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    /// <summary>CAMEO 18 (assault), 19 (fight) and 20 (mass violence): the codes whose events kill and wound.</summary>
    public static bool IsViolent(string? code) =>
        code is not null && (code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal));

    public static int? QuadClassOf(string? code)
    {
        if (code is null || code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root) || root is < 1 or > 20)
        {
            return null;
        }

        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    private static Dictionary<string, CameoInfo> Load()
    {
        var table = new Dictionary<string, CameoInfo>(StringComparer.Ordinal);
        var assembly = typeof(CameoCodes).Assembly;
        string? name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("cameo.tsv", StringComparison.Ordinal));
        using var stream = name is null ? null : assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            throw new InvalidOperationException("built-in table data/events/cameo.tsv is missing from the Sitrep assembly");
        }

        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 6)
            {
                continue;
            }

            table[f[0]] = new CameoInfo(
                f[0],
                f[1],
                f[2].Length == 0 ? null : f[2],
                f[3].Length == 0 ? null : f[3],
                double.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture),
                f.Length > 6 ? f[6] : f[1]);
        }

        return table;
    }
}
