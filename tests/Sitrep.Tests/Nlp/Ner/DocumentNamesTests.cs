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

    [Fact]
    public void A_name_found_once_is_found_in_the_other_sentences()
    {
        var doc = NerTestDocuments.BuildTokens("Hezbollah denied it .\nOfficials blamed Hezbollah .\nThe hezbollah claim .");
        var names = new List<(int First, int End, int Type)> { (0, 1, Org) };

        DocumentNames.AddRepeats(doc.Text, doc.Tokens.ToArray(), Starts(doc), names);

        Assert.Equal([(0, 1, Org), (6, 7, Org)], names); // the lower-case spelling is no mention
    }

    [Fact]
    public void A_repeat_inside_a_longer_capitalised_name_is_left_alone()
    {
        var doc = NerTestDocuments.BuildTokens("Jordan won .\nMichael Jordan lost .\nJordan Valley farms .");
        var names = new List<(int First, int End, int Type)> { (0, 1, Loc) };

        DocumentNames.AddRepeats(doc.Text, doc.Tokens.ToArray(), Starts(doc), names);

        Assert.Equal([(0, 1, Loc)], names);
    }

    [Fact]
    public void A_name_whose_mentions_disagree_is_not_spread_but_a_surname_is()
    {
        var doc = NerTestDocuments.BuildTokens("Jordan won .\nJordan lost .\nSaid Cres Eastman .\nJordan and Eastman met .");
        var names = new List<(int First, int End, int Type)> { (0, 1, Per), (3, 4, Loc), (7, 9, Per) };

        DocumentNames.AddRepeats(doc.Text, doc.Tokens.ToArray(), Starts(doc), names);

        Assert.Equal([(0, 1, Per), (3, 4, Loc), (7, 9, Per), (12, 13, Per)], names);
    }

    [Fact]
    public void The_annotator_finds_the_repeats_of_its_names()
    {
        var doc = NerTestDocuments.Build("Talks between Angela Merkel and Vladimir Putin ended in Berlin .\nMerkel said Putin agreed .");

        var names = NerTestDocuments.Names(new Sitrep.Nlp.Ner.NerAnnotator().Annotate(doc));
        var alone = NerTestDocuments.Names(new Sitrep.Nlp.Ner.NerAnnotator(Sitrep.Nlp.Ner.NerModel.Default, documentLevel: false).Annotate(doc));

        Assert.Contains("Merkel/PER", names);
        Assert.Contains("Putin/PER", names);
        Assert.True(names.Count >= alone.Count);
    }

    private static int[] Starts(AnnotatedDocument doc) => [.. doc.Sentences.Select(s => s.FirstToken)];
}
