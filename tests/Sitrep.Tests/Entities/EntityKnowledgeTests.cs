using Sitrep.Entities;
using Sitrep.Entities.Internal;

namespace Sitrep.Tests.Entities;

public sealed class EntityKnowledgeTests
{
    [Fact]
    public void BuiltInDataLoadsWithoutErrors()
    {
        var k = EntityKnowledge.Default;

        Assert.Empty(k.LoadErrors);
        Assert.Equal(250, k.CountryCount);
        Assert.True(k.PlaceCount > 20_000, $"only {k.PlaceCount} places");
    }

    [Fact]
    public void SovereignStateWinsASharedDemonym() =>
        Assert.Equal("USA", EntityKnowledge.Default.Demonyms["American"].Iso3);

    [Fact]
    public void MalformedLinesAreReportedWithFileAndLineAndSkipped()
    {
        const string data = "# comment\nSyria\tSYR\n\nbroken-line-without-tabs\nIraq\tIRQ\n";
        var errors = new List<string>();

        var rows = DataFile.Read(new StringReader(data), "my-actors.tsv", 2, errors).ToList();

        Assert.Equal(["Syria", "Iraq"], rows.Select(r => r.Fields[0]));
        Assert.Equal([2, 5], rows.Select(r => r.Line));
        var error = Assert.Single(errors);
        Assert.StartsWith("my-actors.tsv:4:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEmbeddedFileIsAnErrorNotACrash()
    {
        var errors = new List<string>();

        var rows = DataFile.ReadEmbedded("gazetteer/no-such-file.tsv", 1, errors).ToList();

        Assert.Empty(rows);
        Assert.Contains("data/gazetteer/no-such-file.tsv", Assert.Single(errors), StringComparison.Ordinal);
    }
}
