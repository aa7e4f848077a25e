using Sitrep.Events;
using Sitrep.Events.Validation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

public sealed class ValidationTests
{
    [SkippableFact]
    public void PetrarchUnitTestRecordsPassFromRawText()
    {
        var path = SharedData.Require("petrarch2/text/PETR.UnitTest.records.xml");
        var dir = SharedData.Require("petrarch2/dictionaries");
        var file = PetrarchRecordFile.Load(path);
        var env = file.Environment;
        var dictionaries = EventDictionaries.LoadPetrarch(
            [Path.Combine(dir, env.VerbFile!)], [Path.Combine(dir, env.ActorFile!)], [Path.Combine(dir, env.AgentFile!)], [Path.Combine(dir, env.DiscardFile!)]);

        var results = PetrarchValidator.Run(file, dictionaries);
        double rate = results.Count(r => r.Passed) / (double)results.Count;

        Assert.True(results.Count > 150);
        Assert.True(rate >= 0.80, $"pass rate {rate:P1}");
    }

    [Fact]
    public void ARecordPassesOnlyWhenTheSetsAreEqual()
    {
        const string xml = """
            <Validation><Environment><Verbfile>v.txt</Verbfile></Environment><Sentences>
            <Sentence date="20240101" id="A" category="T"><EventCoding sourcecode="NTH" targetcode="STH" eventcode="190"/><Text>Northland attacked Southland.</Text></Sentence>
            <Sentence date="20240101" id="B" category="T"><EventCoding noevents="True"/><Text>Northland attacked Southland.</Text></Sentence>
            <Sentence date="20240101" id="C" category="T"><EventCoding error="storydiscard"/><Text>Northland played baseball.</Text></Sentence>
            </Sentences></Validation>
            """;
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-records-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml);
        try
        {
            var dictionaries = new EventDictionaries(
                Sitrep.Dictionaries.Petrarch.VerbDictionary.Parse(new StringReader("--- ATTACK [190] ---\nATTACK\n"), "v.txt"),
                Sitrep.Dictionaries.Petrarch.ActorDictionary.Parse(new StringReader("NORTHLAND [NTH]\nSOUTHLAND [STH]\n"), "a.txt"),
                Sitrep.Dictionaries.Petrarch.AgentDictionary.Empty,
                Sitrep.Dictionaries.Petrarch.DiscardList.Parse(new StringReader("+BASEBALL\n"), "d.txt"));

            var results = PetrarchValidator.Run(PetrarchRecordFile.Load(path), dictionaries);

            Assert.Equal([true, false, true], results.Select(r => r.Passed));
            Assert.Equal("v.txt", PetrarchRecordFile.Load(path).Environment.VerbFile);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MalformedXmlIsOneErrorNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-bad-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, "<Validation>\n<Sentences>\n<Sentence id=\"x\">\n</Validation>");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => PetrarchRecordFile.Load(path));
            Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void PloverGoldRecordsAreCodedAndScored()
    {
        var records = PloverRecordFile.Load(SharedData.Require("plover/PLOVER_GSR_CAMEO.json"));
        var dictionaries = EventDictionaries.LoadPhoenix(SharedData.Require("petrarch2/dictionaries"));

        var score = PloverValidator.Score(PloverValidator.Run(records, dictionaries));

        Assert.True(score.Records > 200);
        // A floor well under today's figure, to catch a coder that stops coding, not a target.
        Assert.True(score.EventCorrect > score.Records / 5, $"{score.EventCorrect}/{score.Records}");
    }
}
