using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>Builds a document by hand (text and publication date only) and runs the time stage on it.</summary>
internal static class TimexTestSupport
{
    public static readonly DateOnly SundayJuly22 = new(2012, 7, 22);

    public static IReadOnlyList<Timex> Find(string text, DateOnly? published, TimexOptions? options = null)
    {
        var doc = new AnnotatedDocument(new Document("test", text, new SourceInfo { Published = published }));
        var found = new TimexAnnotator(options).Annotate(doc).Timex;
        foreach (var t in found)
        {
            // Every timex points at exactly the characters it reports.
            Assert.Equal(t.Text, text[t.Start..t.End]);
        }

        return found;
    }

    /// <summary>The one timex whose text is <paramref name="expression"/>; fails when it was not found.</summary>
    public static Timex One(string text, DateOnly? published, string expression, TimexOptions? options = null)
    {
        var found = Find(text, published, options);
        var match = found.Where(t => t.Text == expression).ToList();
        Assert.True(match.Count == 1, $"expected one timex \"{expression}\" in \"{text}\", found: {string.Join(", ", found.Select(t => $"\"{t.Text}\"={t.Value}"))}");
        return match[0];
    }
}
