using System.Reflection;
using Sitrep.Dictionaries.Petrarch;

namespace Sitrep.Events;

/// <summary>
/// The dictionaries the event coder uses: verb patterns, actors, agents and discards. Immutable and
/// shared across threads; load once. <see cref="BuiltIn"/> is Sitrep's own compact set (data/events);
/// <see cref="LoadPetrarch"/> reads users' PETRARCH-format files unchanged.
/// </summary>
public sealed class EventDictionaries
{
    public EventDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardList discards, VerbDictionary? nouns = null, VerbDictionary? supplementVerbs = null, ActorDictionary? supplementActors = null)
    {
        Verbs = verbs;
        SupplementActors = supplementActors;
        SupplementVerbs = supplementVerbs;
        Nouns = nouns ?? VerbDictionary.Empty;
        Actors = actors;
        Agents = agents;
        Discards = discards;
    }

    public VerbDictionary Verbs { get; }

    /// <summary>
    /// Verbs that back up <see cref="Verbs"/> (Sitrep's own with the Phoenix set): a verb form <see cref="Verbs"/>
    /// lacks or leaves uncoded takes its code from here, and a multi-word verb or pattern of these that matches
    /// is more specific than a bare verb of <see cref="Verbs"/>. Null when <see cref="Verbs"/> stands alone.
    /// </summary>
    public VerbDictionary? SupplementVerbs { get; }

    /// <summary>Nouns that report events ("bombing", "veto"), in verb-dictionary syntax; empty for PETRARCH sets.</summary>
    public VerbDictionary Nouns { get; }

    public ActorDictionary Actors { get; }

    /// <summary>
    /// Actors that back up <see cref="Actors"/> (Sitrep's own with the Phoenix set): a phrase of these is used
    /// where it is longer than any of <see cref="Actors"/> at the same word ("Serb", "the Democratic People's
    /// Republic of Korea", which Phoenix lists only misspelt). Null when <see cref="Actors"/> stands alone.
    /// </summary>
    public ActorDictionary? SupplementActors { get; }

    public AgentDictionary Agents { get; }

    public DiscardList Discards { get; }

    /// <summary>Every issue found while loading, as file:line lines.</summary>
    public IEnumerable<DictionaryIssue> Issues =>
        Verbs.Issues.Concat(Nouns.Issues).Concat(Actors.Issues).Concat(Agents.Issues).Concat(Discards.Issues);

    /// <summary>Loads PETRARCH dictionary files; any list may be empty.</summary>
    /// <exception cref="DictionaryLoadException">A file is missing or unreadable.</exception>
    public static EventDictionaries LoadPetrarch(
        IEnumerable<string> verbFiles,
        IEnumerable<string> actorFiles,
        IEnumerable<string> agentFiles,
        IEnumerable<string> discardFiles) =>
        new(VerbDictionary.Load(verbFiles), ActorDictionary.Load(actorFiles), AgentDictionary.Load(agentFiles), DiscardList.Load(discardFiles));

    /// <summary>
    /// The Phoenix set as shipped with PETRARCH2, from a folder holding its files. Phoenix has no noun
    /// dictionary (PETRARCH2 codes verbs only), so Sitrep's own event nouns come with it, and Sitrep's own
    /// verbs and actors back up its own (<see cref="SupplementVerbs"/>, <see cref="SupplementActors"/>).
    /// </summary>
    public static EventDictionaries LoadPhoenix(string directory)
    {
        var phoenix = LoadPetrarch(
            [Path.Combine(directory, "CAMEO.2.0.txt")],
            [Path.Combine(directory, "Phoenix.Countries.actors.txt"), Path.Combine(directory, "Phoenix.International.actors.txt"), Path.Combine(directory, "Phoenix.MilNonState.actors.txt")],
            [Path.Combine(directory, "Phoenix.agents.txt")],
            [Path.Combine(directory, "Phoenix.discards.txt")]);
        return new EventDictionaries(phoenix.Verbs, phoenix.Actors, phoenix.Agents, phoenix.Discards, BuiltIn.Nouns, BuiltIn.Verbs, BuiltIn.Actors);
    }

    private static readonly Lazy<EventDictionaries> BuiltInSet = new(LoadBuiltIn);

    /// <summary>Sitrep's own verb, noun, actor and agent dictionaries, embedded in the library.</summary>
    public static EventDictionaries BuiltIn => BuiltInSet.Value;

    /// <summary>This set with other actor and agent dictionaries (e.g. the Phoenix ones) in place of its own.</summary>
    public EventDictionaries WithActors(ActorDictionary actors, AgentDictionary agents) => new(Verbs, actors, agents, Discards, Nouns, SupplementVerbs, SupplementActors);

    private static EventDictionaries LoadBuiltIn()
    {
        return new EventDictionaries(
            VerbDictionary.Parse(OpenResource("verbs.txt"), "data/events/verbs.txt"),
            ActorDictionary.Parse(OpenResource("actors.txt"), "data/events/actors.txt"),
            AgentDictionary.Parse(OpenResource("agents.txt"), "data/events/agents.txt"),
            DiscardList.Empty,
            VerbDictionary.Parse(OpenResource("nouns.txt"), "data/events/nouns.txt"));
    }

    private static StreamReader OpenResource(string name)
    {
        var assembly = typeof(EventDictionaries).Assembly;
        string? resource = null;
        foreach (var n in assembly.GetManifestResourceNames())
        {
            if (n.EndsWith("events." + name, StringComparison.Ordinal) || n.EndsWith("events/" + name, StringComparison.Ordinal) || n.EndsWith("events\\" + name, StringComparison.Ordinal))
            {
                resource = n;
                break;
            }
        }

        var stream = resource is null ? null : assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            throw new DictionaryLoadException($"built-in dictionary data/events/{name} is missing from {assembly.GetName().Name}");
        }

        return new StreamReader(stream);
    }
}
