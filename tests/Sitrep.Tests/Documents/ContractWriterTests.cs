using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Documents.Json;

namespace Sitrep.Tests.Documents;

public class ContractWriterTests
{
    [Fact]
    public void Writes_every_layer_of_the_contract_even_when_empty()
    {
        var doc = new AnnotatedDocument(new Document("d1", "Russia vetoed it.", new SourceInfo { Published = new DateOnly(2012, 7, 22) }));

        using var json = JsonDocument.Parse(ContractWriter.ToJson(doc));
        var root = json.RootElement;

        foreach (var layer in new[] { "removed", "sentences", "entities", "timex", "quotes", "events", "relations" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(layer).ValueKind);
        }

        Assert.Equal("2012-07-22", root.GetProperty("source").GetProperty("published").GetString());
        Assert.Equal("Russia vetoed it.", root.GetProperty("text").GetString());
    }

    [Fact]
    public void Writes_enum_values_in_the_contract_spelling()
    {
        var text = "Russia vetoed it.";
        var doc = new AnnotatedDocument(new Document("d1", text, new SourceInfo()))
        {
            Entities = [new Entity { Id = "e1", Name = "Russia", Type = EntityType.Gpe, Actor = "RUS", Mentions = [new Mention(0, 6, "Russia")] }],
            Events = [new Event { Id = "ev1", Cameo = "129", Source = "e1", Modality = Modality.Hypothetical, Trigger = new TextSpan(7, 13) }],
        };

        using var json = JsonDocument.Parse(ContractWriter.ToJson(doc, indented: false));
        var root = json.RootElement;
        Assert.Equal("GPE", root.GetProperty("entities")[0].GetProperty("type").GetString());
        var ev = root.GetProperty("events")[0];
        Assert.Equal("hypothetical", ev.GetProperty("modality").GetString());
        Assert.Equal(7, ev.GetProperty("trigger").GetProperty("start").GetInt32());
        Assert.Equal("vetoed", text[7..ev.GetProperty("trigger").GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Quotes_and_claims_survive_a_round_trip_through_the_contract()
    {
        const string text = "Kochavi predicted that Assad “won’t survive the upheaval”.";
        var doc = new AnnotatedDocument(new Document("d1", text, new SourceInfo()))
        {
            Quotes = [new Quote { Start = 23, End = 57, Text = text[23..57], Type = QuoteType.Mixed, Speaker = "e1", SpeakerName = "Kochavi", Cue = new TextSpan(8, 17), DirectSpan = new TextSpan(29, 57) }],
            Claims = [new Claim { Quote = 0, Speaker = "e1", SpeakerName = "Kochavi", Stance = Stance.Predicts, Proposition = new TextSpan(23, 57), Text = text[23..57], Date = "2012-07-22" }],
        };

        var back = ContractReader.Parse(ContractWriter.ToJson(doc));

        var quote = Assert.Single(back.Quotes);
        Assert.Equal(QuoteType.Mixed, quote.Type);
        Assert.Equal(new TextSpan(29, 57), quote.DirectSpan);
        Assert.Equal("Kochavi", quote.SpeakerName);
        var claim = Assert.Single(back.Claims);
        Assert.Equal(Stance.Predicts, claim.Stance);
        Assert.Equal(new TextSpan(23, 57), claim.Proposition);
        Assert.Equal("2012-07-22", claim.Date);
    }
}
