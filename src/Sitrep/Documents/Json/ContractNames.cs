namespace Sitrep.Documents.Json;

/// <summary>The spellings the JSON contract (DESIGN.md) uses for enum values.</summary>
public static class ContractNames
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Facility => "FACILITY",
        EntityType.Weapon => "WEAPON",
        EntityType.Event => "EVENT",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static EntityType? ParseEntityType(string? s) => s?.ToUpperInvariant() switch
    {
        "PERSON" or "PER" => EntityType.Person,
        "ORG" or "ORGANIZATION" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" or "LOCATION" => EntityType.Loc,
        "NORP" => EntityType.Norp,
        "FACILITY" or "FAC" => EntityType.Facility,
        "WEAPON" => EntityType.Weapon,
        "EVENT" => EntityType.Event,
        _ => null,
    };

    public static string Of(RemovedKind kind) => kind switch
    {
        RemovedKind.Boilerplate => "boilerplate",
        RemovedKind.PullQuote => "pull_quote",
        RemovedKind.Byline => "byline",
        RemovedKind.Caption => "caption",
        RemovedKind.Header => "header",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Of(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        QuoteType.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Reported => "reported",
        Modality.Alleged => "alleged",
        Modality.Hypothetical => "hypothetical",
        Modality.Planned => "planned",
        Modality.Negated => "negated",
        _ => throw new ArgumentOutOfRangeException(nameof(modality)),
    };

    public static string Of(Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.Predicts => "predicts",
        Stance.Denies => "denies",
        Stance.Demands => "demands",
        Stance.Accuses => "accuses",
        _ => throw new ArgumentOutOfRangeException(nameof(stance)),
    };
}
