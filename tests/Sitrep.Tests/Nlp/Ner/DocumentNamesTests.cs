using Sitrep.Documents;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Tests.Nlp.Ner;

public sealed class DocumentNamesTests
{
    private const int Per = 0, Org = 1, Loc = 2;

    [Fact]
    public void Repeated_name_takes_the_type_most_mentions_have()
    {
        var doc = NerTestDocuments.Build("Hizbollah fighters crossed.\nHizbollah denied it.\nOfficials blamed Hizbollah.");
        var names = new List<(int First, int End, int Type)> { (0, 1, Org), (4, 5, Loc), (10, 11, Org) };

        DocumentNames.Reconcile(doc.Text, doc.Tokens.ToArray(), names);

        Assert.All(names, n => Assert.Equal(Org, n.Type));
    }

    [Fact]
    public void Surname_alone_is_the_person_named_in_full()
    {
        var doc = NerTestDocuments.Build("General Manaf Tlas fled to Paris.\nTlas was a friend of the president.");
        var names = new List<(int First, int End, int Type)> { (1, 3, Per), (5, 6, Loc), (7, 8, Loc) };

        DocumentNames.Reconcile(doc.Text, doc.Tokens.ToArray(), names);

        Assert.Equal([(1, 3, Per), (5, 6, Loc), (7, 8, Per)], names);
    }

    [Fact]
    public void A_tie_changes_nothing()
    {
        var doc = NerTestDocuments.Build("Jordan won.\nJordan lost.");
        var names = new List<(int First, int End, int Type)> { (0, 1, Per), (3, 4, Loc) };

        DocumentNames.Reconcile(doc.Text, doc.Tokens.ToArray(), names);

        Assert.Equal([(0, 1, Per), (3, 4, Loc)], names);
    }
}
