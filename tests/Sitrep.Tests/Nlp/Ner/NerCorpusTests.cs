using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Nlp.Ner;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit.Abstractions;

namespace Sitrep.Tests.Nlp.Ner;

/// <summary>The recogniser on the real articles of ../shared/corpus, after the real ingest, tokenizer and syntax stage.</summary>
public sealed class NerCorpusTests(ITestOutputHelper output)
{
    private static readonly TextAnnotator Text = new();
    private static readonly Sitrep.Nlp.SyntaxAnnotator Syntax = new();
    private static readonly NerAnnotator Ner = new();

    [SkippableFact]
    public void Times_of_Malta_opinion_names_its_people_and_places()
    {
        var doc = Annotate(SharedData.Require("corpus/00_times-of-malta_assad-regime-crumbling.txt"));
        var names = doc.NerSpans.Select(s => doc.Text[s.Start..s.End] + "/" + s.Label).ToList();
        output.WriteLine(string.Join("; ", names));

        Assert.Contains("Manaf Tlas/PER", names);
        Assert.Contains("Damascus/LOC", names);
        Assert.Contains(names, n => n.EndsWith("Hague/PER", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Every_corpus_article_gets_well_formed_names()
    {
        string folder = SharedData.Require("corpus");
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        int total = 0;
        foreach (var file in files)
        {
            var doc = Annotate(file);
            total += doc.NerSpans.Count;
            foreach (var span in doc.NerSpans)
            {
                Assert.True(span.Start < span.End && span.End <= doc.Text.Length);
                Assert.Equal(doc.SentenceAt(span.Start), doc.SentenceAt(span.End - 1));
                Assert.False(char.IsWhiteSpace(doc.Text[span.Start]) || char.IsWhiteSpace(doc.Text[span.End - 1]));
            }
        }

        // News articles are full of names: on average several per article.
        Assert.True(total > 5 * files.Length, $"only {total} names in {files.Length} articles");
    }

    private static AnnotatedDocument Annotate(string path)
    {
        var input = InputReader.Read([path], new IngestOptions()).Single();
        Assert.Null(input.Error);
        return Ner.Annotate(Syntax.Annotate(Text.Annotate(new AnnotatedDocument(input.Document!))));
    }
}
