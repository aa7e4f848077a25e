using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Events.Validation;

/// <summary>An event as PETRARCH validation records write it: source, target, CAMEO code ("---" for a null actor).</summary>
public readonly record struct EventTriple(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>
/// One record of a PETRARCH validation file: the sentence text and the coding it expects. A record
/// with <c>noevents="True"</c> or <c>error="…"</c> expects no event (an error names why PETRARCH codes
/// nothing: dateline, storydiscard, sentencediscard, bad_input_parse).
/// </summary>
public sealed record PetrarchRecord(
    string Id,
    string Category,
    DateOnly? Date,
    bool SentenceFlag,
    string Text,
    IReadOnlyList<EventTriple> Expected,
    string? Error);

/// <summary>The dictionaries a validation file names in its &lt;Environment&gt;.</summary>
public sealed record PetrarchEnvironment(string? VerbFile, string? ActorFile, string? AgentFile, string? DiscardFile, IReadOnlyDictionary<string, string> Config);

/// <summary>Reads PETRARCH-format validation files (PETR.UnitTest.records.xml). The &lt;Parse&gt; trees are ignored.</summary>
public sealed class PetrarchRecordFile
{
    private PetrarchRecordFile(PetrarchEnvironment environment, IReadOnlyList<PetrarchRecord> records)
    {
        Environment = environment;
        Records = records;
    }

    public PetrarchEnvironment Environment { get; }

    public IReadOnlyList<PetrarchRecord> Records { get; }

    /// <exception cref="InvalidDataException">The file is missing, unreadable or not well-formed XML (message names file and line).</exception>
    public static PetrarchRecordFile Load(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{path}:{ex.LineNumber}: not well-formed XML ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read ({ex.Message})", ex);
        }

        var root = xml.Root ?? throw new InvalidDataException($"{path}: empty document");
        var env = root.Element("Environment");
        var config = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in env?.Elements("Config") ?? [])
        {
            var option = (string?)c.Attribute("option");
            if (option is not null)
            {
                config[option] = (string?)c.Attribute("value") ?? string.Empty;
            }
        }

        var environment = new PetrarchEnvironment(
            Trimmed(env?.Element("Verbfile")),
            Trimmed(env?.Element("Actorfile")),
            Trimmed(env?.Element("Agentfile")),
            Trimmed(env?.Element("Discardfile")),
            config);

        var records = new List<PetrarchRecord>();
        foreach (var s in root.Descendants("Sentence"))
        {
            string id = ((string?)s.Attribute("id"))?.Trim() ?? $"line-{((IXmlLineInfo)s).LineNumber}";
            var text = s.Element("Text");
            if (text is null)
            {
                throw new InvalidDataException($"{path}:{((IXmlLineInfo)s).LineNumber}: record {id} has no <Text>");
            }

            var expected = new List<EventTriple>();
            string? error = null;
            foreach (var coding in s.Elements("EventCoding"))
            {
                error ??= ((string?)coding.Attribute("error"))?.Trim();
                var code = (string?)coding.Attribute("eventcode");
                if (code is null)
                {
                    continue;
                }

                expected.Add(new EventTriple(
                    Clean((string?)coding.Attribute("sourcecode")),
                    Clean((string?)coding.Attribute("targetcode")),
                    code.Trim()));
            }

            DateOnly? date = null;
            if (DateOnly.TryParseExact(((string?)s.Attribute("date"))?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
            }

            records.Add(new PetrarchRecord(
                id,
                ((string?)s.Attribute("category"))?.Trim() ?? string.Empty,
                date,
                !string.Equals(((string?)s.Attribute("sentence"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
                Normalise(text.Value),
                expected,
                error));
        }

        return new PetrarchRecordFile(environment, records);
    }

    private static string? Trimmed(XElement? e) => e is null ? null : e.Value.Trim();

    private static string Clean(string? code) => (code ?? "---").Trim().Trim('"').Trim();

    /// <summary>Record texts are wrapped over lines with runs of spaces: make one line of single spaces.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
