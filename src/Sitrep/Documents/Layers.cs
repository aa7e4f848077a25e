namespace Sitrep.Documents;

/// <summary>A token: a span of the text. The text itself is never copied.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}

/// <summary>A sentence: its character span and the range of tokens [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// Per-token syntax, parallel arrays indexed by token number. Head is the token index of the
/// governor within the document (-1 for a sentence root).
/// </summary>
public sealed record SyntaxLayer(
    string[] Upos,
    string[] Xpos,
    string[] Lemma,
    int[] Head,
    string[] Deprel)
{
    public static SyntaxLayer Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => Upos.Length == 0;
}

/// <summary>A name found by the recogniser: tokens [FirstToken, EndToken) and a label (PER, ORG, LOC, GPE, NORP …).</summary>
public readonly record struct NerSpan(int FirstToken, int EndToken, string Label, int Start, int End);

public enum EntityType
{
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Facility,
    Weapon,
    Event,
}

public sealed record Mention(int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>One real-world thing in the document, with every place it is mentioned.</summary>
public sealed record Entity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>CAMEO actor code (SYRGOV, IGOUNO …), or null when none applies.</summary>
    public string? Actor { get; init; }

    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Latitude/longitude where the entity is a place resolved against the gazetteer.</summary>
    public GeoPoint? Geo { get; init; }
}

public readonly record struct GeoPoint(double Latitude, double Longitude, string? CountryCode);

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A temporal expression with its TIMEX3 value (e.g. 2012-07-18, 2012-W29, P16M, XXXX-WXX-3, PAST_REF).</summary>
public sealed record Timex
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required TimexType Type { get; init; }

    public required string Value { get; init; }

    /// <summary>"publication", or the id of the event the expression is relative to.</summary>
    public string? Anchor { get; init; }

    /// <summary>TIMEX3 mod: APPROX, START, END, BEFORE, AFTER … or null.</summary>
    public string? Mod { get; init; }
}

public enum QuoteType
{
    Direct,
    Indirect,
    Mixed,
}

public sealed record Quote
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required QuoteType Type { get; init; }

    /// <summary>Entity id of the speaker, or null when unresolved.</summary>
    public string? Speaker { get; init; }

    /// <summary>The words naming the speaker where they were found.</summary>
    public TextSpan? SpeakerMention { get; init; }

    public TextSpan? Cue { get; init; }

    /// <summary>A source the speaker is reported through ("according to Reuters").</summary>
    public string? ReportedBy { get; init; }

    /// <summary>For a mixed quote: the words inside the quotation marks (without the marks).</summary>
    public TextSpan? DirectSpan { get; init; }

    /// <summary>
    /// The speaker as the text names it where no entity id was found or to show it: the name a pronoun
    /// or title was resolved to, or the describing words ("media reports"). Null when there is no speaker.
    /// </summary>
    public string? SpeakerName { get; init; }
}

public enum Modality
{
    Asserted,
    Reported,
    Alleged,
    Hypothetical,
    Planned,
    Negated,
}

public sealed record Event
{
    public required string Id { get; init; }

    /// <summary>CAMEO event code ("129", "1831"), or null where no CAMEO category applies.</summary>
    public string? Cameo { get; init; }

    public string? Plover { get; init; }

    public string? Source { get; init; }

    public string? Target { get; init; }

    /// <summary>CAMEO actor codes of source and target, as PETRARCH reports them.</summary>
    public string? SourceActor { get; init; }

    public string? TargetActor { get; init; }

    public string? Location { get; init; }

    /// <summary>TIMEX3 date value, or null when the text gives none (then: at or before publication).</summary>
    public string? Date { get; init; }

    public TextSpan? DateText { get; init; }

    public Modality Modality { get; init; }

    public int Sentence { get; init; }

    public TextSpan Trigger { get; init; }

    public int? Killed { get; init; }

    public int? Injured { get; init; }

    public double Confidence { get; init; }

    public double? Goldstein { get; init; }

    public int? QuadClass { get; init; }
}

public sealed record Relation(string Subject, string Predicate, string Object, int Sentence);
