namespace Sitrep.Events;

/// <summary>
/// One event the coder found in a sentence, before it becomes a contract <see cref="Documents.Event"/>:
/// CAMEO code, source and target actor codes, and token indexes (document-level) of the trigger and of
/// the source and target phrases (-1 when absent).
/// </summary>
public sealed record CodedEvent(
    string Cameo,
    string? SourceCode,
    string? TargetCode,
    int TriggerToken,
    int SourceStart,
    int SourceEnd,
    int TargetStart,
    int TargetEnd,
    bool Passive)
{
    /// <summary>The token after the trigger's last word, when the trigger is a phrase ("died in a suicide bomb attack"); -1 for one word.</summary>
    public int TriggerEndToken { get; init; } = -1;

    /// <summary>A death or injury with no cause or agent in its sentence ("died from his injuries"), coded 180 for now.</summary>
    public bool CauseUnstated { get; init; }

    /// <summary>An event noun with no actor on either side ("a civil war"); reported only as hypothetical or planned.</summary>
    public bool Actorless { get; init; }

    /// <summary>The trigger is a noun ("the bombing of the headquarters"), not a verb.</summary>
    public bool Nominal { get; init; }

    /// <summary>Entity-layer ids of the source and target, where the actor came from the entity layer.</summary>
    public string? SourceEntity { get; init; }

    public string? TargetEntity { get; init; }
}
