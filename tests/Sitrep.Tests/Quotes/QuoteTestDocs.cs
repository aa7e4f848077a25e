using Sitrep.Documents;
using Sitrep.Quotes;

namespace Sitrep.Tests.Quotes;

/// <summary>Builds small documents by hand for the quote tests: text, optional entities, published date.</summary>
internal static class QuoteTestDocs
{
    public static AnnotatedDocument Annotate(string text, params Entity[] entities) =>
        new QuoteAnnotator().Annotate(Doc(text, entities));

    public static AnnotatedDocument Doc(string text, params Entity[] entities) =>
        new(new Document("t", text, new SourceInfo { Published = new DateOnly(2024, 3, 5) })) { Entities = entities };

    /// <summary>An entity with a mention at every occurrence of each given string.</summary>
    public static Entity Entity(string text, string id, string name, EntityType type, params string[] mentionTexts)
    {
        var mentions = new List<Mention>();
        foreach (var m in mentionTexts)
        {
            for (int at = text.IndexOf(m, StringComparison.Ordinal); at >= 0; at = text.IndexOf(m, at + m.Length, StringComparison.Ordinal))
            {
                mentions.Add(new Mention(at, at + m.Length, m));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Entity { Id = id, Name = name, Type = type, Mentions = mentions };
    }

    public static Quote Single(AnnotatedDocument doc, QuoteType type)
    {
        var matching = doc.Quotes.Where(q => q.Type == type).ToList();
        Assert.True(matching.Count == 1, $"expected one {type} quote, found {matching.Count}: {string.Join(" | ", doc.Quotes.Select(q => $"{q.Type}:{q.Text}"))}");
        return matching[0];
    }
}
