using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;
using Sitrep.Entities.Internal;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>
/// The entity stage: finds every person, organisation, place, group, facility, weapon and named event
/// in the body, groups their mentions (in-document coreference), and gives each its attributes and CAMEO
/// actor code; adds the Entities and Relations layers. Uses the recogniser's spans (doc.NerSpans) when
/// the pipeline has them and works from the text alone otherwise. Pure and thread-safe.
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    private readonly EntityKnowledge _knowledge;
    private readonly ActorDictionary? _actors;

    public EntityAnnotator()
        : this(EntityKnowledge.Default)
    {
    }

    /// <param name="knowledge">Gazetteer and word lists.</param>
    /// <param name="actors">
    /// PETRARCH actor dictionaries (e.g. Phoenix.*.actors.txt) that code named people and organisations
    /// before context does; date-restricted codes are chosen by the document's publication date.
    /// </param>
    public EntityAnnotator(EntityKnowledge knowledge, ActorDictionary? actors = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _actors = actors;
    }

    public string Name => "entities";

    /// <summary>Lines of the user's actor dictionaries that were skipped ("file:line: problem").</summary>
    public IReadOnlyList<DictionaryIssue> DictionaryIssues => _actors?.Issues ?? [];

    /// <summary>
    /// The annotator with the user's PETRARCH actor dictionaries on top of the built-in knowledge
    /// (none: the built-in knowledge alone).
    /// </summary>
    /// <exception cref="DictionaryLoadException">A dictionary file is missing or unreadable.</exception>
    public static EntityAnnotator Create(IReadOnlyList<string> actorDictionaries)
    {
        ArgumentNullException.ThrowIfNull(actorDictionaries);
        return actorDictionaries.Count == 0
            ? new EntityAnnotator()
            : new EntityAnnotator(EntityKnowledge.Default, ActorDictionary.Load(actorDictionaries));
    }

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (text.Length == 0)
        {
            return document with { Entities = [], Relations = [] };
        }

        var words = WordSegmenter.Segment(text, document.Sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var mentions = new MentionFinder(text, words, _knowledge, document.NerSpans, document.Tokens, document.Syntax).FindAll();
        var (drafts, relations) = new EntityResolver(text, words, _knowledge, mentions, _actors, document.Document.Source.Published).Resolve();

        var entities = new Entity[drafts.Count];
        var ids = new Dictionary<EntityDraft, string>(drafts.Count);
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[d] = id;
            entities[i] = new Entity
            {
                Id = id,
                Name = d.Name,
                Type = d.Type,
                Actor = d.Actor,
                Mentions = DistinctMentions(text, d.Mentions),
                Attributes = d.Attributes,
                Geo = d.Type is EntityType.Gpe or EntityType.Loc ? d.Geo : null,
            };
        }

        var relationLayer = new List<Relation>(relations.Count);
        var seen = new HashSet<(string, string, string)>();
        foreach (var (subject, predicate, obj) in relations)
        {
            if (subject.Entity is { } s && obj.Entity is { } o && ids.TryGetValue(s, out var sid) && ids.TryGetValue(o, out var oid)
                && sid != oid && seen.Add((sid, predicate, oid)))
            {
                relationLayer.Add(new Relation(sid, predicate, oid, Math.Max(0, document.Sentences.Count > 0 ? document.SentenceAt(subject.Start) : subject.Sentence)));
            }
        }

        return document with { Entities = entities, Relations = relationLayer };
    }

    private static Mention[] DistinctMentions(string text, List<Candidate> candidates)
    {
        var result = new List<Mention>(candidates.Count);
        int lastStart = -1, lastEnd = -1;
        foreach (var c in candidates)
        {
            if (c.Start == lastStart && c.Stop == lastEnd)
            {
                continue;
            }

            result.Add(new Mention(c.Start, c.Stop, text[c.Start..c.Stop]));
            lastStart = c.Start;
            lastEnd = c.Stop;
        }

        return [.. result];
    }
}
