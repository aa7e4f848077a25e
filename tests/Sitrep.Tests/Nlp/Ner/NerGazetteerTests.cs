using System.IO.Compression;
using System.Text;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Tests.Nlp.Ner;

/// <summary>The name lists the recogniser's trainer reads, WordNet's typed names included, and word dropout.</summary>
public sealed class NerGazetteerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sitrep-ner-lists-{Guid.NewGuid():N}");

    public NerGazetteerTests()
    {
        Directory.CreateDirectory(_folder);
        Write(NerGazetteer.PeopleFile, "Anna");
        Write(NerGazetteer.CompaniesFile, "Acme");
        Write(NerGazetteer.PlacesFile, "Oslo");
        Write(NerGazetteer.DemonymsFile, "Norwegian");
        Write(NerGazetteer.CommonWordsFile, "hope");
        Write(NerGazetteer.ProperWordsFile, "Monday");
        Write(NerGazetteer.BrandsFile, "Taco Bell");
    }

    [Fact]
    public void WordNet_names_join_the_list_of_their_type()
    {
        Write(NerGazetteer.WordNetNamesFile, "PER\tBob Hope", "ORG\tRed Cross", "LOC\tHanoi");

        var lists = NerGazetteer.Load(_folder);

        Assert.Equal(["Anna", "Bob Hope"], lists.People);
        Assert.Equal(["Acme", "Taco Bell", "Red Cross"], lists.Companies);
        Assert.Equal(["Oslo", "Hanoi"], lists.Places);
    }

    [Fact]
    public void A_WordNet_line_without_a_known_type_is_a_clear_error()
    {
        Write(NerGazetteer.WordNetNamesFile, "PERSON\tBob Hope");

        var error = Assert.Throws<InvalidDataException>(() => NerGazetteer.Load(_folder));
        Assert.Contains(NerGazetteer.WordNetNamesFile, error.Message);
        Assert.Contains("PERSON", error.Message);
    }

    [Fact]
    public void A_WordNet_name_is_in_the_model_lexicon_as_a_listed_name()
    {
        Write(NerGazetteer.WordNetNamesFile, "PER\tDonatello", "LOC\tHanoi");

        var lexicon = NerLexicon.Build([], NerGazetteer.Load(_folder));

        Assert.NotEqual(0u, lexicon.Word("donatello") & NerLexicon.PersonList);
        Assert.NotEqual(0u, lexicon.Word("hanoi") & NerLexicon.PlaceList);
        Assert.Equal(0u, lexicon.Word("hanoi") & NerLexicon.PersonList);
    }

    [Fact]
    public void A_brand_is_a_listed_organisation_name_in_the_model_lexicon()
    {
        Write(NerGazetteer.WordNetNamesFile, "LOC\tHanoi");

        var lexicon = NerLexicon.Build([], NerGazetteer.Load(_folder));

        uint hash = FeatureHash.Start;
        foreach (var word in new[] { "taco", "bell" })
        {
            hash = NerLexicon.ExtendPhrase(hash, FeatureHash.LowerChars(FeatureHash.Start, word));
        }

        Assert.Equal(1 << (NerLexicon.ListedShift + 1), lexicon.Phrase(hash)); // ORG list only
        Assert.True(NerLexicon.MayStartName(lexicon.Word("taco")));
    }

    [Fact]
    public void Word_dropout_hides_only_the_word_identity_features()
    {
        var features = new uint[3 * NerFeatures.PerToken];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = (uint)i;
        }

        var kept = NerFeatures.HideWords(features, new Random(1), 0, new uint[features.Length]);
        var hidden = NerFeatures.HideWords(features, new Random(1), 1, new uint[features.Length]);

        Assert.Equal(features, kept);
        int changed = 0;
        for (int i = 0; i < features.Length; i++)
        {
            changed += hidden[i] != features[i] ? 1 : 0;
        }

        Assert.Equal(3 * 4, changed); // form, lower case and the two bigrams of each of 3 tokens
        Assert.Equal(features[0], hidden[0]); // the bias feature stays
        Assert.Equal(hidden[1], hidden[NerFeatures.PerToken + 1]); // one "unknown word" feature per template
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, params string[] lines)
    {
        using var stream = File.Create(Path.Combine(_folder, file));
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
    }
}
