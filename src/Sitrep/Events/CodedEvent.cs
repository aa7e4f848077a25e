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
    bool Passive);
