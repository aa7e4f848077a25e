using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

/// <summary>Builds and annotates small hand-made documents for the entity tests.</summary>
internal static class EntityTestSupport
{
    public static AnnotatedDocument Annotate(string text, IReadOnlyList<NerSpan>? ner = null)
    {
        var doc = new AnnotatedDocument(new Document("test", text, new SourceInfo())) { NerSpans = ner ?? [] };
        return new EntityAnnotator().Annotate(doc);
    }

    public static Entity Single(this AnnotatedDocument doc, string name) =>
        Assert.Single(doc.Entities, e => e.Name == name);

    public static Entity? Find(this AnnotatedDocument doc, string name) =>
        doc.Entities.FirstOrDefault(e => e.Name == name);

    public static IEnumerable<string> MentionTexts(this Entity e) => e.Mentions.Select(m => m.Text);

    /// <summary>The article body of a corpus file: the seed's body lines per its gold README, or a Wikinews article after its header.</summary>
    public static string CorpusBody(string path)
    {
        var lines = File.ReadAllLines(path);
        if (Path.GetFileName(path).StartsWith("00_", StringComparison.Ordinal))
        {
            // seed.gold.json: body = line 1 and the odd lines 5-41; line 3 is a pull quote, 43+ a newsletter block.
            var body = new List<string> { lines[0] };
            for (int n = 5; n <= 41 && n <= lines.Length; n += 2)
            {
                body.Add(lines[n - 1]);
            }

            return string.Join("\n\n", body);
        }

        int blank = Array.FindIndex(lines, l => l.Length == 0);
        return string.Join("\n", lines.Skip(blank + 1));
    }
}
