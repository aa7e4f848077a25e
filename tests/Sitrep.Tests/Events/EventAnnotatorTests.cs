using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>The events stage on documents built by hand, with no lower layers unless a test sets them.</summary>
public sealed class EventAnnotatorTests
{
    private static AnnotatedDocument Annotate(string text, Func<AnnotatedDocument, AnnotatedDocument>? setup = null)
    {
        var doc = new AnnotatedDocument(new Document("t", text, new SourceInfo { Published = new DateOnly(2024, 3, 10) }));
        doc = setup?.Invoke(doc) ?? doc;
        return new EventAnnotator().Annotate(doc);
    }

    private static Event Single(AnnotatedDocument doc, string cameoPrefix) =>
        Assert.Single(doc.Events, e => e.Cameo!.StartsWith(cameoPrefix, StringComparison.Ordinal));

    [Fact]
    public void AnAssertedEventGetsCodesPloverGoldsteinAndQuadClass()
    {
        var doc = Annotate("Russia attacked Ukraine.");
        var e = Single(doc, "190");

        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal("ASSAULT", e.Plover);
        Assert.Equal(4, e.QuadClass);
        Assert.True(e.Goldstein < 0);
        Assert.Equal("attacked", e.Trigger.Text(doc.Text));
    }

    [Fact]
    public void NegationIsMarked()
    {
        Assert.Equal(Modality.Negated, Single(Annotate("France did not attack Germany."), "190").Modality);
        Assert.Equal(Modality.Negated, Single(Annotate("France never attacked Germany."), "190").Modality);
    }

    [Theory]
    [InlineData("Analysts fear that Iran could attack Israel.", Modality.Hypothetical)]
    [InlineData("The weapons could be used against Israel by Iran.", Modality.Hypothetical)]
    [InlineData("Officials say Turkey has contingency plans to invade Syria.", Modality.Planned)]
    [InlineData("Egypt has plans to expel the Turkish ambassador.", Modality.Planned)]
    [InlineData("Turkey will expel the Egyptian ambassador.", Modality.Hypothetical)]
    [InlineData("Iran was believed to have armed Hamas.", Modality.Alleged)]
    [InlineData("Media reports have claimed that Egypt expelled the Turkish ambassador.", Modality.Reported)]
    [InlineData("Egypt expelled the Turkish ambassador, a spokesman said.", Modality.Reported)]
    public void ModalityComesFromTheCuesAroundTheTrigger(string sentence, Modality expected)
    {
        var doc = Annotate(sentence);

        Assert.NotEmpty(doc.Events);
        Assert.Equal(expected, doc.Events[0].Modality);
    }

    [Fact]
    public void CasualtiesAreReadFromNumbersAndNumberWords()
    {
        Assert.Equal(37, Single(Annotate("At least 37 people were killed when Syrian troops attacked Homs."), "19").Killed);
        var doc = Annotate("Israeli troops attacked Gaza, killing twelve and wounding 40.");
        var e = Single(doc, "19");
        Assert.Equal(12, e.Killed);
        Assert.Equal(40, e.Injured);
    }

    [Fact]
    public void TheDateComesFromATimexInTheSentence()
    {
        const string text = "Russia attacked Ukraine on Monday. France condemned Russia.";
        var doc = Annotate(text, d => d with
        {
            Timex = [new Timex { Start = text.IndexOf("Monday", StringComparison.Ordinal), End = text.IndexOf("Monday", StringComparison.Ordinal) + 6, Text = "Monday", Type = TimexType.Date, Value = "2024-03-04" }],
        });

        var attack = Single(doc, "190");
        var condemn = Single(doc, "111");
        Assert.Equal("2024-03-04", attack.Date);
        Assert.Equal("Monday", attack.DateText!.Value.Text(text));
        Assert.Null(condemn.Date);
        Assert.Equal(1, condemn.Sentence);
    }

    [Fact]
    public void AWhenClauseLendsItsDateToTheClauseItModifiesButAWhichClauseDoesNot()
    {
        const string text = "Syrian troops attacked Homs when rebels shelled Hama on Monday. Israel attacked Gaza, which Egypt condemned on Tuesday.";
        int monday = text.IndexOf("Monday", StringComparison.Ordinal), tuesday = text.IndexOf("Tuesday", StringComparison.Ordinal);
        var doc = Annotate(text, d => d with
        {
            Timex =
            [
                new Timex { Start = monday, End = monday + 6, Text = "Monday", Type = TimexType.Date, Value = "2024-03-04" },
                new Timex { Start = tuesday, End = tuesday + 7, Text = "Tuesday", Type = TimexType.Date, Value = "2024-03-05" },
            ],
        });

        var attacks = doc.Events.Where(e => e.Cameo!.StartsWith("19", StringComparison.Ordinal)).OrderBy(e => e.Trigger.Start).ToList();
        Assert.Equal("2024-03-04", attacks[0].Date);
        Assert.Null(attacks[^1].Date);
    }

    [Fact]
    public void ACommaListThatIsTheSubjectOfANewClauseIsNotMoreObjectsOfTheFirst()
    {
        var doc = Annotate("Morocco has expelled the Syrian ambassador, Saudi Arabia and Qatar are arming the rebels.");

        var expulsions = doc.Events.Where(e => e.Cameo == "161").ToList();
        Assert.NotEmpty(expulsions);
        Assert.All(expulsions, e => Assert.DoesNotContain(e.TargetActor ?? "", new[] { "SAU", "QAT" }));
        Assert.Contains(doc.Events, e => e.Cameo!.StartsWith("07", StringComparison.Ordinal) && e.SourceActor == "SAU");
    }

    [Fact]
    public void ATrailingAttributionReportsItsClauseButASaidToClauseAfterACommaReportsOnlyItself()
    {
        foreach (var sentence in new[] { "Turkish troops attacked the village, a senior official said.", "Turkish troops attacked the village, officials said on Monday." })
        {
            var attacks = Annotate(sentence).Events.Where(e => e.Cameo == "190").ToList();
            Assert.NotEmpty(attacks);
            Assert.All(attacks, e => Assert.Equal(Modality.Reported, e.Modality));
        }

        var doc = Annotate("Morocco expelled the ambassador, Qatar is said to be arming the rebels.");
        Assert.Equal(Modality.Asserted, Single(doc, "161").Modality);
        Assert.Equal(Modality.Reported, Single(doc, "07").Modality);
    }

    [Fact]
    public void AnUndatedPossibleEventLiesInTheFutureUnlessTheModalLooksBack()
    {
        Assert.Equal("FUTURE_REF", Single(Annotate("Syrian troops could attack Homs."), "190").Date);
        Assert.Null(Single(Annotate("Syrian troops could have attacked Homs."), "190").Date);
        Assert.Null(Single(Annotate("Syrian troops attacked Homs."), "190").Date);
    }

    [Fact]
    public void TheMonthMayIsNotTheModalMay()
    {
        Assert.Equal(Modality.Asserted, Single(Annotate("Since May 2011 Syrian troops attacked Homs."), "190").Modality);
        Assert.Equal(Modality.Hypothetical, Single(Annotate("Syrian troops may attack Homs."), "190").Modality);
    }

    [Fact]
    public void SourceAndTargetPointToEntitiesWhenTheEntityLayerNamesThem()
    {
        const string text = "Russia attacked Ukraine in Donetsk.";
        var doc = Annotate(text, d => d with
        {
            Entities =
            [
                new Entity { Id = "rus", Name = "Russia", Type = EntityType.Gpe, Mentions = [new Mention(0, 6, "Russia")] },
                new Entity { Id = "ukr", Name = "Ukraine", Type = EntityType.Gpe, Mentions = [new Mention(16, 23, "Ukraine")] },
                new Entity { Id = "don", Name = "Donetsk", Type = EntityType.Gpe, Mentions = [new Mention(27, 34, "Donetsk")] },
            ],
        });

        var e = Single(doc, "190");
        Assert.Equal(("rus", "ukr", "don"), (e.Source, e.Target, e.Location));
        Assert.Equal(("RUS", "UKR"), (e.SourceActor, e.TargetActor));
    }

    [Fact]
    public void APlaceAfterInIsTheLocationNotTheTarget()
    {
        var e = Single(Annotate("Turkish troops attacked in Syria on Monday."), "190");

        Assert.Equal("TURMIL", e.SourceActor);
        Assert.Null(e.TargetActor);
        Assert.Equal("Syria", e.Location);
    }

    [Fact]
    public void AnEmptyDocumentHasNoEvents()
    {
        Assert.Empty(Annotate(string.Empty).Events);
    }
}
