using System.Globalization;
using System.Text.Json;

namespace Sitrep.Documents.Json;

/// <summary>
/// Reads AnnotatedDocument JSON (as <see cref="ContractWriter"/> writes it) back into the domain types,
/// so a saved prediction can be scored or stored. Tokens and syntax are not part of the contract.
/// </summary>
public static class ContractReader
{
    public static AnnotatedDocument Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    /// <summary>Reads one JSON object, or every line of a JSON Lines file.</summary>
    public static IReadOnlyList<AnnotatedDocument> ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        JsonDocument whole;
        try
        {
            whole = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, one document a line.
            return [.. text.Split('\n').Where(l => l.Trim().Length > 0).Select(Parse)];
        }

        using (whole)
        {
            return [Read(whole.RootElement)];
        }
    }

    /// <summary>Reads one AnnotatedDocument object.</summary>
    /// <exception cref="JsonException">The element is not an object, or a required value has the wrong shape.</exception>
    public static AnnotatedDocument Read(JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an AnnotatedDocument object, found {r.ValueKind}");
        }

        var src = r.TryGetProperty("source", out var s) ? s : default;
        DateOnly? published = DateOnly.TryParseExact(src.Str("published") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null;
        var source = new SourceInfo
        {
            Path = src.Str("path"),
            Url = src.Str("url"),
            Title = src.Str("title"),
            Author = src.Str("author"),
            Outlet = src.Str("outlet"),
            Published = published,
        };
        var document = new Document(r.Str("id") ?? "", r.Str("text") ?? "", source)
        {
            Removed = [.. Array(r, "removed").Select(x => new RemovedSpan(x.Int("start") ?? 0, x.Int("end") ?? 0, ParseRemovedKind(x.Str("kind")), x.Str("text") ?? ""))],
        };

        return new AnnotatedDocument(document)
        {
            Sentences = [.. Array(r, "sentences").Select(x => new Sentence(x.Int("start") ?? 0, x.Int("end") ?? 0, 0, 0))],
            Entities = [.. Array(r, "entities").Select(ReadEntity)],
            Timex = [.. Array(r, "timex").Select(x => new Timex
            {
                Start = x.Int("start") ?? 0,
                End = x.Int("end") ?? 0,
                Text = x.Str("text") ?? "",
                Type = Enum.TryParse<TimexType>(x.Str("type"), true, out var t) ? t : TimexType.Date,
                Value = x.Str("value") ?? "",
                Anchor = x.Str("anchor"),
                Mod = x.Str("mod"),
            })],
            Quotes = [.. Array(r, "quotes").Select(x => new Quote
            {
                Start = x.Int("start") ?? 0,
                End = x.Int("end") ?? 0,
                Text = x.Str("text") ?? "",
                Type = Enum.TryParse<QuoteType>(x.Str("type"), true, out var t) ? t : QuoteType.Direct,
                Speaker = x.Str("speaker"),
                Cue = Span(x, "cue"),
                SpeakerMention = Span(x, "speaker_mention"),
                ReportedBy = x.Str("reported_by"),
                SpeakerName = x.Str("speaker_name"),
                DirectSpan = Span(x, "direct_span"),
            })],
            Events = [.. Array(r, "events").Select(ReadEvent)],
            Claims = [.. Array(r, "claims").Select(x => new Claim
            {
                Quote = x.Int("quote") ?? -1,
                Speaker = x.Str("speaker"),
                SpeakerName = x.Str("speaker_name"),
                Stance = Enum.TryParse<Stance>(x.Str("stance"), true, out var st) ? st : Stance.Asserts,
                Proposition = Span(x, "proposition") ?? default,
                Text = x.Str("text") ?? "",
                Date = x.Str("date"),
                PulledOut = x.TryGetProperty("pulled_out", out var po) && po.ValueKind == JsonValueKind.True,
            })],
            Relations = [.. Array(r, "relations").Select(x => new Relation(x.Str("subject") ?? "", x.Str("predicate") ?? "", x.Str("object") ?? "", x.Int("sentence") ?? -1))],
        };
    }

    private static Entity ReadEntity(JsonElement x)
    {
        var attributes = new Dictionary<string, string>();
        if (x.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            foreach (var prop in a.EnumerateObject())
            {
                attributes[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : prop.Value.GetRawText();
            }
        }

        GeoPoint? geo = null;
        if (x.TryGetProperty("geo", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            if (g.TryGetProperty("lat", out var lat) && lat.ValueKind == JsonValueKind.Number
                && g.TryGetProperty("lon", out var lon) && lon.ValueKind == JsonValueKind.Number)
            {
                geo = new GeoPoint(lat.GetDouble(), lon.GetDouble(), g.Str("country"));
            }
        }

        return new Entity
        {
            Id = x.Str("id") ?? "",
            Name = x.Str("name") ?? "",
            Type = ContractNames.ParseEntityType(x.Str("type")) ?? EntityType.Org,
            Actor = x.Str("actor"),
            Mentions = [.. Array(x, "mentions").Select(m => new Mention(m.Int("start") ?? 0, m.Int("end") ?? 0, m.Str("text") ?? ""))],
            Attributes = attributes,
            Geo = geo,
        };
    }

    private static Event ReadEvent(JsonElement x) => new()
    {
        Id = x.Str("id") ?? "",
        Cameo = x.Str("cameo"),
        Plover = x.Str("plover"),
        Source = x.Str("source"),
        Target = x.Str("target"),
        SourceActor = x.Str("source_actor"),
        TargetActor = x.Str("target_actor"),
        Location = x.Str("location"),
        Date = x.Str("date"),
        DateText = Span(x, "date_text"),
        Modality = Enum.TryParse<Modality>(x.Str("modality"), true, out var m) ? m : Modality.Asserted,
        Sentence = x.Int("sentence") ?? -1,
        Trigger = Span(x, "trigger") ?? default,
        Killed = x.Int("killed"),
        Injured = x.Int("injured"),
        Confidence = x.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0,
        Goldstein = x.TryGetProperty("goldstein", out var gs) && gs.ValueKind == JsonValueKind.Number ? gs.GetDouble() : null,
        QuadClass = x.Int("quad_class"),
    };

    private static TextSpan? Span(JsonElement x, string name) =>
        x.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? new TextSpan(s.Int("start") ?? 0, s.Int("end") ?? 0) : null;

    private static IEnumerable<JsonElement> Array(JsonElement x, string name) =>
        x.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static RemovedKind ParseRemovedKind(string? kind) => kind switch
    {
        "pull_quote" => RemovedKind.PullQuote,
        "byline" => RemovedKind.Byline,
        "caption" => RemovedKind.Caption,
        "header" => RemovedKind.Header,
        _ => RemovedKind.Boilerplate,
    };
}
