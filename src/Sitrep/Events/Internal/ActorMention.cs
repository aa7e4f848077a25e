namespace Sitrep.Events.Internal;

/// <summary>
/// A noun phrase naming one actor: tokens [Start, End), its codes (actor code with agents applied;
/// several where the dictionary lists alternatives), and whether it names a real actor or only a role.
/// </summary>
internal sealed class ActorMention
{
    public required int Start { get; init; }

    public required int End { get; set; }

    public List<string> Codes { get; } = [];

    /// <summary>The role codes appended to the actor ("GOV" in ARNGOV), empty when none.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>The phrase names its role before its actor ("lawmakers in Fornost").</summary>
    public bool RoleFirst { get; set; }

    /// <summary>The phrase is an actor name alone, with no role.</summary>
    public bool BareActor { get; set; }

    /// <summary>Index of the coordinated group this mention belongs to ("Russia and China").</summary>
    public int Group { get; set; }

    /// <summary>Joined to the group's previous mention by "and", "or" or "nor" (not by a comma alone, as in an apposition).</summary>
    public bool Conjoined { get; set; }

    /// <summary>
    /// The entity-layer id of the actor this phrase names, when it came from the entity layer: an
    /// apposition ("the Syrian ambassador, Nawaf al-Fares") is two phrases but one entity.
    /// </summary>
    public string? Entity { get; set; }
}

/// <summary>
/// An actor phrase another stage has already coded: tokens [StartToken, EndToken), its CAMEO actor code,
/// and the id of the entity it names (null when the caller has none).
/// </summary>
public readonly record struct KnownActor(int StartToken, int EndToken, string Code, string? Entity = null);
