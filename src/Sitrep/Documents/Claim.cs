namespace Sitrep.Documents;

/// <summary>What a speaker does with a proposition, as far as the reporting words tell.</summary>
public enum Stance
{
    /// <summary>States it as fact, pointedly ("claimed", "insisted", "made it clear").</summary>
    Asserts,

    /// <summary>Says it will (or will not) happen ("predicted", "warned", "fear that … will").</summary>
    Predicts,

    /// <summary>Says it is not so ("denied", "rejected").</summary>
    Denies,

    /// <summary>Asks for it to be done ("called for", "urged", an imperative).</summary>
    Demands,

    /// <summary>Blames someone ("accused", "denounced", "condemned").</summary>
    Accuses,
}

/// <summary>
/// One entry of the claims ledger: a checkable statement with who made it, what it says, the speaker's
/// stance and when it was made. Points into the document through its quote; it is not a second quote.
/// </summary>
public sealed record Claim
{
    /// <summary>Index into <see cref="AnnotatedDocument.Quotes"/> of the quote this claim comes from.</summary>
    public required int Quote { get; init; }

    /// <summary>Entity id of the speaker, or null when unresolved (then see <see cref="SpeakerName"/>).</summary>
    public string? Speaker { get; init; }

    public string? SpeakerName { get; init; }

    /// <summary>The proposition: the quoted or reported content.</summary>
    public required TextSpan Proposition { get; init; }

    public required string Text { get; init; }

    public required Stance Stance { get; init; }

    /// <summary>TIMEX3 value of when the statement was made (a date in its sentence, else publication), or null.</summary>
    public string? Date { get; init; }

    /// <summary>True when the article repeats this statement as a pull quote: count it once, credit the body's speaker.</summary>
    public bool PulledOut { get; init; }
}
