using System.IO.Compression;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// Name lists from outside the training data (data/models/ner-gazetteer, built from npm packages by
/// make-gazetteer.py): people's names, companies, places (countries, capitals, cities of 15,000 people or more)
/// demonyms, and an English word list's common and proper nouns; and WordNet's named people, organisations
/// and places (make-wordnet-names.py); brand and operator names of OpenStreetMap's name-suggestion-index
/// (make-brands.py). Only the trainer reads them; what they say is stored in the model's lexicon.
/// </summary>
internal sealed class NerGazetteer
{
    public const string PeopleFile = "people.txt.gz";
    public const string CompaniesFile = "companies.txt.gz";
    public const string PlacesFile = "places.txt.gz";
    public const string DemonymsFile = "demonyms.txt.gz";
    public const string CommonWordsFile = "common-words.txt.gz";
    public const string ProperWordsFile = "proper-words.txt.gz";
    public const string WordNetNamesFile = "wordnet-names.txt.gz";
    public const string BrandsFile = "brands.txt.gz";

    private NerGazetteer(string[] people, string[] companies, string[] places, string[] demonyms, string[] commonWords, string[] properWords)
    {
        CommonWords = commonWords;
        ProperWords = properWords;
        People = people;
        Companies = companies;
        Places = places;
        Demonyms = demonyms;
    }

    public static NerGazetteer Empty { get; } = new([], [], [], [], [], []);

    /// <summary>Single words that are people's given names or surnames, and WordNet's people ("Bob Hope").</summary>
    public string[] People { get; }

    /// <summary>Company names and the words of company names ("Corp", "Airlines").</summary>
    public string[] Companies { get; }

    /// <summary>Place names, one or more words separated by spaces.</summary>
    public string[] Places { get; }

    /// <summary>Demonyms ("Syrian"): cues for names nearby, never names in UNER themselves.</summary>
    public string[] Demonyms { get; }

    /// <summary>English words written in lower case in an English word list: evidence against a name.</summary>
    public string[] CommonWords { get; }

    /// <summary>Words an English word list writes capitalised (proper nouns).</summary>
    public string[] ProperWords { get; }

    /// <summary>
    /// Reads the lists of a folder. WordNet's typed names ("PER\tBob Hope", from make-wordnet-names.py)
    /// join the people, company and place lists: famous people, organisations and places the npm lists
    /// lack ("Donatello", "Red Cross", "Hanoi").
    /// </summary>
    public static NerGazetteer Load(string directory)
    {
        var people = new List<string>(ReadList(Path.Combine(directory, PeopleFile)));
        var companies = new List<string>(ReadList(Path.Combine(directory, CompaniesFile)));

        // Shop, restaurant, bank and service brands (make-brands.py): the businesses web reviews name.
        companies.AddRange(ReadList(Path.Combine(directory, BrandsFile)));
        var places = new List<string>(ReadList(Path.Combine(directory, PlacesFile)));
        string wordNet = Path.Combine(directory, WordNetNamesFile);
        foreach (var line in ReadList(wordNet))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var list = tab < 0 ? null : line[..tab] switch
            {
                "PER" => people,
                "ORG" => companies,
                "LOC" => places,
                _ => null,
            };
            if (list is null)
            {
                throw new InvalidDataException($"{wordNet}: '{line}' is not a TYPE<TAB>name line with type PER, ORG or LOC");
            }

            list.Add(line[(tab + 1)..]);
        }

        return new(
            [.. people],
            [.. companies],
            [.. places],
            ReadList(Path.Combine(directory, DemonymsFile)),
            ReadList(Path.Combine(directory, CommonWordsFile)),
            ReadList(Path.Combine(directory, ProperWordsFile)));
    }

    private static string[] ReadList(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: gazetteer list is missing (see data/models/README-ner.md)", path);
        }

        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
            var names = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    names.Add(line);
                }
            }

            return [.. names];
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: not a gzip word list ({ex.Message})", ex);
        }
    }
}
