using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Documents.Json;

/// <summary>
/// Writes an <see cref="AnnotatedDocument"/> as the versioned JSON contract of DESIGN.md.
/// The contract is spelled out here, field by field, so that renaming a C# property can never change it.
/// </summary>
public static class ContractWriter
{
    public const string ContractVersion = "1";

    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions CompactOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, AnnotatedDocument doc, bool indented)
    {
        using var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : CompactOptions);
        Write(writer, doc);
    }

    public static string ToJson(AnnotatedDocument doc, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, doc, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, AnnotatedDocument doc)
    {
        var d = doc.Document;
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("version", ContractVersion);
        WriteSource(w, d.Source);
        w.WriteString("text", d.Text);

        w.WriteStartArray("removed");
        foreach (var r in d.Removed)
        {
            w.WriteStartObject();
            w.WriteNumber("start", r.Start);
            w.WriteNumber("end", r.End);
            w.WriteString("kind", ContractNames.Of(r.Kind));
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteEntities(w, doc.Entities);
        WriteTimex(w, doc.Timex);
        WriteQuotes(w, doc.Quotes);
        WriteEvents(w, doc.Events);
        WriteClaims(w, doc.Claims);

        w.WriteStartArray("relations");
        foreach (var r in doc.Relations)
        {
            w.WriteStartObject();
            w.WriteString("subject", r.Subject);
            w.WriteString("predicate", r.Predicate);
            w.WriteString("object", r.Object);
            w.WriteNumber("sentence", r.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteSource(Utf8JsonWriter w, SourceInfo s)
    {
        w.WriteStartObject("source");
        WriteNullable(w, "path", s.Path);
        WriteNullable(w, "url", s.Url);
        WriteNullable(w, "title", s.Title);
        WriteNullable(w, "author", s.Author);
        WriteNullable(w, "outlet", s.Outlet);
        WriteNullable(w, "published", s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, IReadOnlyList<Entity> entities)
    {
        w.WriteStartArray("entities");
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", ContractNames.Of(e.Type));
            WriteNullable(w, "actor", e.Actor);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("text", m.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("attributes");
            foreach (var (key, value) in e.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            if (e.Geo is { } geo)
            {
                w.WriteStartObject("geo");
                w.WriteNumber("lat", geo.Latitude);
                w.WriteNumber("lon", geo.Longitude);
                WriteNullable(w, "country", geo.CountryCode);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTimex(Utf8JsonWriter w, IReadOnlyList<Timex> timex)
    {
        w.WriteStartArray("timex");
        foreach (var t in timex)
        {
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("text", t.Text);
            w.WriteString("type", ContractNames.Of(t.Type));
            w.WriteString("value", t.Value);
            WriteNullable(w, "anchor", t.Anchor);
            if (t.Mod is not null)
            {
                w.WriteString("mod", t.Mod);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, IReadOnlyList<Quote> quotes)
    {
        w.WriteStartArray("quotes");
        foreach (var q in quotes)
        {
            w.WriteStartObject();
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("text", q.Text);
            w.WriteString("type", ContractNames.Of(q.Type));
            WriteNullable(w, "speaker", q.Speaker);
            WriteSpan(w, "cue", q.Cue);
            if (q.SpeakerMention is { } sm)
            {
                WriteSpan(w, "speaker_mention", sm);
            }

            if (q.SpeakerName is not null)
            {
                w.WriteString("speaker_name", q.SpeakerName);
            }

            if (q.DirectSpan is { } ds)
            {
                WriteSpan(w, "direct_span", ds);
            }

            if (q.ReportedBy is not null)
            {
                w.WriteString("reported_by", q.ReportedBy);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, IReadOnlyList<Event> events)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            WriteNullable(w, "cameo", e.Cameo);
            WriteNullable(w, "plover", e.Plover);
            WriteNullable(w, "source", e.Source);
            WriteNullable(w, "target", e.Target);
            WriteNullable(w, "source_actor", e.SourceActor);
            WriteNullable(w, "target_actor", e.TargetActor);
            WriteNullable(w, "location", e.Location);
            WriteNullable(w, "date", e.Date);
            WriteSpan(w, "date_text", e.DateText);
            w.WriteString("modality", ContractNames.Of(e.Modality));
            w.WriteNumber("sentence", e.Sentence);
            WriteSpan(w, "trigger", e.Trigger);
            WriteNullable(w, "killed", e.Killed);
            if (e.Injured is not null)
            {
                w.WriteNumber("injured", e.Injured.Value);
            }

            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            if (e.Goldstein is not null)
            {
                w.WriteNumber("goldstein", e.Goldstein.Value);
            }

            if (e.QuadClass is not null)
            {
                w.WriteNumber("quad_class", e.QuadClass.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, IReadOnlyList<Claim> claims)
    {
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteNumber("quote", c.Quote);
            WriteNullable(w, "speaker", c.Speaker);
            WriteNullable(w, "speaker_name", c.SpeakerName);
            w.WriteString("stance", ContractNames.Of(c.Stance));
            WriteSpan(w, "proposition", c.Proposition);
            w.WriteString("text", c.Text);
            WriteNullable(w, "date", c.Date);
            if (c.PulledOut)
            {
                w.WriteBoolean("pulled_out", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is { } s)
        {
            w.WriteStartObject(name);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value.Value);
        }
    }
}
