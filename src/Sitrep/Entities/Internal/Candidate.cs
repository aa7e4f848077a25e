using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

internal enum MentionKind
{
    /// <summary>A name the gazetteer knows (country, city, organisation).</summary>
    KnownName,

    /// <summary>A capitalised name the gazetteer does not know (typed by its shape, title or head word).</summary>
    Name,

    /// <summary>A single unknown capitalised word: a person's surname if the document names the person in full.</summary>
    SingleName,

    /// <summary>"the Syrian President", "a former defence minister": a person by office.</summary>
    Role,

    /// <summary>"rebels", "Syrian forces", "the regime": a group actor.</summary>
    Collective,

    /// <summary>"Assad’s father": an unnamed relative of a named person.</summary>
    Kin,

    /// <summary>"the Tlas family".</summary>
    Family,

    Religion,
    Weapon,
    WeaponAnaphor,
    Event,
    Facility,

    /// <summary>"the Russians", "Chinese": a demonym used as a noun, standing for the country.</summary>
    DemonymNoun,

    /// <summary>"the country", "the capital": the place the document is about.</summary>
    PlaceAnaphor,

    /// <summary>"Alawite areas", "the western part of the country": an unnamed region.</summary>
    Region,

    /// <summary>"an Israeli parliamentary committee": an unnamed organisation.</summary>
    NominalOrg,
}

/// <summary>One mention found in the text, before mentions are grouped into entities.</summary>
internal sealed class Candidate
{
    public required MentionKind Kind { get; init; }

    /// <summary>Word range [First, End).</summary>
    public required int First { get; set; }

    public required int End { get; set; }

    public int Start { get; set; }

    public int Stop { get; set; }

    public int Sentence { get; set; }

    public EntityType Type { get; set; }

    /// <summary>What the mention calls the entity (name without title, canonical lexicon name).</summary>
    public string Name { get; set; } = "";

    public KnownName? Known { get; set; }

    /// <summary>ISO3 country this mention ties its entity to (demonym in the title, "of Syria" …).</summary>
    public string? Country { get; set; }

    /// <summary>CAMEO agent (GOV, MIL …) implied by a title or role.</summary>
    public string? Agent { get; set; }

    public string? Title { get; set; }

    public string? RoleText { get; set; }

    public Role? Role { get; set; }

    public bool Definite { get; set; }

    /// <summary>Group key for lexicon mentions (event class, collective group, weapon name, religion).</summary>
    public string? Group { get; set; }

    /// <summary>The named person of a kin or family mention, or the leader in "the regime of Bashar al-Assad".</summary>
    public Candidate? Owner { get; set; }

    public string? Predicate { get; set; }

    /// <summary>The entity this mention was resolved to.</summary>
    public EntityDraft? Entity { get; set; }

    public TextSpan Span => new(Start, Stop);
}

/// <summary>An entity being assembled from its mentions.</summary>
internal sealed class EntityDraft
{
    public required string Key { get; init; }

    public required EntityType Type { get; set; }

    public string Name { get; set; } = "";

    public int NameQuality { get; set; }

    public string? Actor { get; set; }

    public string? Agent { get; set; }

    public string? Country { get; set; }

    public GeoPoint? Geo { get; set; }

    public KnownName? Known { get; set; }

    public List<Candidate> Mentions { get; } = [];

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Last word of the person's name ("Assad" for Bashar al-Assad), for surname-only mentions.</summary>
    public string? Surname { get; set; }

    public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int FirstOffset
    {
        get
        {
            int first = int.MaxValue;
            foreach (var m in Mentions)
            {
                first = Math.Min(first, m.Start);
            }

            return first;
        }
    }
}
