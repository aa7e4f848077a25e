using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the entity layer against a gold file (see ../shared/gold/README.md).
/// <list type="bullet">
/// <item><c>name+type</c>: a predicted entity is correct when its type equals the gold type and its
/// canonical name equals one of the gold entity's names: the gold name (also without a parenthesised
/// note and each side of " / "), an alias, or — for the many gold entities whose canonical name is a
/// description the text never uses ("Syrian Ambassador to Morocco (unnamed)") — one of its mention
/// strings. Names compare case-insensitively, without a leading article or possessive pronoun, with ’ and ' alike.
/// Each gold entity matches at most one prediction.</item>
/// <item><c>mentions</c>: mention strings of matched entities against the gold mention strings (the gold
/// lists each distinct string once), counting unmatched entities' mentions as misses.</item>
/// <item><c>actor</c>: on gold entities with a cameo_actor, the matched prediction's code agrees when its
/// first six characters equal those of the gold code or of a listed alternative (codes shorter than six
/// must be equal). An unmatched gold entity counts as a disagreement.</item>
/// </list>
/// </summary>
public static class EntityScorer
{
    public static IEnumerable<ScoreRow> Score(GoldFile gold, AnnotatedDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldEntities = gold.Section("entities").Select(GoldEntity.From).ToList();
        var matches = Match(goldEntities, predicted.Entities);

        int correct = matches.Count;
        yield return new ScoreRow("entities", "name+type", correct, predicted.Entities.Count, goldEntities.Count);

        // Mentions: strings per matched pair; unmatched gold and predicted mentions count against recall and precision.
        int mentionCorrect = 0, mentionPredicted = 0, mentionGold = 0;
        foreach (var g in goldEntities)
        {
            mentionGold += g.Mentions.Count;
        }

        foreach (var p in predicted.Entities)
        {
            var strings = new HashSet<string>(p.Mentions.Select(m => Normalize(m.Text)), StringComparer.Ordinal);
            mentionPredicted += strings.Count;
            if (matches.TryGetValue(p, out var g))
            {
                mentionCorrect += strings.Count(s => g.Mentions.Contains(s));
            }
        }

        yield return new ScoreRow("entities", "mentions", mentionCorrect, mentionPredicted, mentionGold);

        int actorTotal = 0, actorAgree = 0;
        var byGold = matches.ToDictionary(kv => kv.Value, kv => kv.Key);
        foreach (var g in goldEntities)
        {
            if (g.Actor is null)
            {
                continue;
            }

            actorTotal++;
            if (byGold.TryGetValue(g, out var p) && p.Actor is not null && g.AcceptsActor(p.Actor))
            {
                actorAgree++;
            }
        }

        yield return ScoreRow.Accuracy("entities", "actor", actorAgree, actorTotal, "first 6 characters, alternatives accepted");
    }

    /// <summary>Gold entity ids with no correct prediction, and predictions with no gold entity: for reading errors, not scoring.</summary>
    public static (IReadOnlyList<string> MissedGold, IReadOnlyList<Entity> Spurious) Differences(GoldFile gold, AnnotatedDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldEntities = gold.Section("entities").Select(GoldEntity.From).ToList();
        var matches = Match(goldEntities, predicted.Entities);
        var matchedGold = matches.Values.ToHashSet();
        return (goldEntities.Where(g => !matchedGold.Contains(g)).Select(g => $"{g.Id} ({g.Type} {g.Name})").ToList(),
                predicted.Entities.Where(p => !matches.ContainsKey(p)).ToList());
    }

    private static Dictionary<Entity, GoldEntity> Match(List<GoldEntity> gold, IReadOnlyList<Entity> predicted)
    {
        var result = new Dictionary<Entity, GoldEntity>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<GoldEntity>(ReferenceEqualityComparer.Instance);

        // Real names first, then mention strings, so a named entity is never taken by a description.
        foreach (bool byMention in (bool[])[false, true])
        {
            foreach (var p in predicted)
            {
                if (result.ContainsKey(p))
                {
                    continue;
                }

                var name = Normalize(p.Name);
                var type = TypeName(p.Type);
                var g = gold.FirstOrDefault(g => !taken.Contains(g) && g.Type == type && (byMention ? g.Mentions.Contains(name) : g.Names.Contains(name)));
                if (g is not null)
                {
                    result[p] = g;
                    taken.Add(g);
                }
            }
        }

        return result;
    }

    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Facility => "FACILITY",
        EntityType.Weapon => "WEAPON",
        EntityType.Event => "EVENT",
        _ => type.ToString().ToUpperInvariant(),
    };

    internal static string Normalize(string s)
    {
        var t = s.Trim().Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant();
        foreach (var article in (string[])["the ", "a ", "an ", "its ", "his ", "her ", "their "])
        {
            if (t.StartsWith(article, StringComparison.Ordinal))
            {
                t = t[article.Length..];
                break;
            }
        }

        return t;
    }

    private sealed class GoldEntity
    {
        public string Id { get; private init; } = "";

        public string Name { get; private init; } = "";

        public string Type { get; private init; } = "";

        public string? Actor { get; private init; }

        public List<string> ActorAlternatives { get; } = [];

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Mentions { get; } = new(StringComparer.Ordinal);

        public bool AcceptsActor(string predicted)
        {
            foreach (var code in ActorAlternatives.Prepend(Actor!))
            {
                if (code.Length < 6 ? string.Equals(code, predicted, StringComparison.Ordinal)
                    : predicted.Length >= 6 && string.CompareOrdinal(code, 0, predicted, 0, 6) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static GoldEntity From(JsonElement e)
        {
            var g = new GoldEntity
            {
                Id = Str(e, "id") ?? "",
                Name = Str(e, "name") ?? "",
                Type = Str(e, "type") ?? "",
                Actor = Str(e, "cameo_actor"),
            };
            AddName(g.Names, g.Name);
            foreach (var alias in Strings(e, "aliases"))
            {
                AddName(g.Names, alias);
            }

            foreach (var m in Strings(e, "mentions"))
            {
                g.Mentions.Add(Normalize(m));
            }

            g.ActorAlternatives.AddRange(Strings(e, "cameo_actor_alternatives"));
            return g;
        }

        private static void AddName(HashSet<string> names, string name)
        {
            names.Add(Normalize(name));
            int paren = name.IndexOf(" (", StringComparison.Ordinal);
            var bare = paren > 0 ? name[..paren] : name;
            names.Add(Normalize(bare));
            foreach (var part in bare.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.Add(Normalize(part));
            }
        }

        private static string? Str(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static IEnumerable<string> Strings(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
                : [];
    }
}
