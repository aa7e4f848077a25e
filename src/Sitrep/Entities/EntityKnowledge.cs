using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Entities.Internal;

namespace Sitrep.Entities;

/// <summary>
/// Everything the entity stage knows before it reads a document: countries, cities and places with
/// coordinates, organisations and armed groups with their CAMEO actor codes, titles, roles and the word
/// lists for nominal mentions. Loaded once from the data files embedded in the library, immutable, and
/// safe to share between threads. Malformed data lines are listed in <see cref="LoadErrors"/>, never thrown.
/// </summary>
public sealed class EntityKnowledge
{
    private static readonly Lazy<EntityKnowledge> DefaultInstance = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Cities smaller than this (capitals aside) share their names with people, ships and common words
    /// ("Enterprise", "Columbia", "Clinton"), so they count only with their country in the story and a word
    /// that places something there ("in Huntsville").
    /// </summary>
    internal const int WellKnownCityPopulation = 1_000_000;

    private readonly HashSet<string> _independent = new(StringComparer.Ordinal);

    private EntityKnowledge()
    {
    }

    /// <summary>The built-in gazetteer and dictionaries, loaded on first use.</summary>
    public static EntityKnowledge Default => DefaultInstance.Value;

    /// <summary>"file:line: problem" for each data line that was skipped.</summary>
    public IReadOnlyList<string> LoadErrors { get; private set; } = [];

    public TimeSpan LoadTime { get; private set; }

    public int CountryCount => CountriesByIso3.Count;

    public int PlaceCount { get; private set; }

    internal Dictionary<string, Country> CountriesByIso3 { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Country> CountriesByIso2 { get; } = new(StringComparer.Ordinal);

    /// <summary>Proper names (case-sensitive): countries, places, organisations, cities.</summary>
    internal PhraseIndex<KnownName> Names { get; } = new(ignoreCase: false);

    /// <summary>Singular and plural demonyms: Syrian, Syrians, Chinese, British.</summary>
    internal WordMap<Country> Demonyms { get; } = new();

    internal WordMap<TitleKind> Titles { get; } = new();

    internal PhraseIndex<Role> Roles { get; } = new(ignoreCase: true);

    internal PhraseIndex<Collective> Collectives { get; } = new(ignoreCase: true);

    internal PhraseIndex<Religion> Religions { get; } = new(ignoreCase: false);

    internal WordSet ReligionNouns { get; } = new(ignoreCase: true);

    internal PhraseIndex<string> Weapons { get; } = new(ignoreCase: true);

    internal PhraseIndex<string> EventNouns { get; } = new(ignoreCase: true);

    internal PhraseIndex<bool> Facilities { get; } = new(ignoreCase: true);

    internal WordMap<string> Kin { get; } = new(ignoreCase: true);

    internal WordMap<EntityType> NameHeads { get; } = new();

    internal WordSet NotNames { get; } = new(ignoreCase: false);

    /// <summary>Loads the built-in data afresh (the benchmark measures this; everyone else uses <see cref="Default"/>).</summary>
    internal static EntityKnowledge LoadBuiltIn()
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<string>();
        var k = new EntityKnowledge();
        k.LoadCountries(errors);
        k.LoadPlaces(errors);
        k.LoadOrganisations(errors);
        k.LoadCities(errors);
        k.LoadTitles(errors);
        k.LoadRoles(errors);
        k.LoadCollectives(errors);
        k.LoadLexicon(errors);
        k.LoadErrors = errors;
        k.LoadTime = clock.Elapsed;
        return k;
    }

    internal Country? CountryOf(string? iso3) => iso3 is not null && CountriesByIso3.TryGetValue(iso3, out var c) ? c : null;

    private void LoadCountries(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/countries.tsv", 9, errors))
        {
            if (f[0].Length != 3 || f[1].Length != 2)
            {
                errors.Add($"data/gazetteer/countries.tsv:{line}: ISO codes must be 3 and 2 letters ('{f[0]}', '{f[1]}'); line skipped");
                continue;
            }

            if (!DataFile.TryParseCoordinate(f[7], 90, out var lat) || !DataFile.TryParseCoordinate(f[8], 180, out var lon))
            {
                errors.Add($"data/gazetteer/countries.tsv:{line}: bad coordinates '{f[7]}, {f[8]}'; line skipped");
                continue;
            }

            var country = new Country(f[0], f[1], f[2], f[4], f[5], lat, lon);
            CountriesByIso3[country.Iso3] = country;
            CountriesByIso2[country.Iso2] = country;
            var known = new KnownName(country.Name, EntityType.Gpe, country.Iso3, country.Iso3, new GeoPoint(lat, lon, country.Iso2), NameSource.Country);
            Names.Add(country.Name, known);
            Names.Add(f[3], known);
            foreach (var alt in DataFile.SplitAliases(f[6]))
            {
                Names.Add(alt, known);
            }

            // "American" is also the demonym of dependencies (Northern Mariana Islands): the sovereign state wins.
            bool independent = f.Length > 9 && f[9] == "yes";
            if (country.Demonym.Length > 0)
            {
                foreach (var form in (string[])[country.Demonym, Plural(country.Demonym)])
                {
                    if (!Demonyms.TryGetValue(form, out var existing) || (independent && !_independent.Contains(existing.Iso3)))
                    {
                        Demonyms[form] = country;
                    }
                }
            }

            if (independent)
            {
                _independent.Add(country.Iso3);
            }
        }

        PlaceCount += CountriesByIso3.Count;
    }

    private void LoadPlaces(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/places.tsv", 6, errors))
        {
            bool countryAlias = f[2] == "COUNTRY";
            var type = EntityType.Gpe;
            if (!countryAlias && (!Enum.TryParse(f[2], ignoreCase: true, out type) || type is not (EntityType.Gpe or EntityType.Loc)))
            {
                errors.Add($"data/gazetteer/places.tsv:{line}: type must be GPE, LOC or COUNTRY, not '{f[2]}'; line skipped");
                continue;
            }

            if (!DataFile.TryParseCoordinate(f[4], 90, out var lat) || !DataFile.TryParseCoordinate(f[5], 180, out var lon))
            {
                errors.Add($"data/gazetteer/places.tsv:{line}: bad coordinates '{f[4]}, {f[5]}'; line skipped");
                continue;
            }

            var country = CountryOf(f[3]);
            if (f[3].Length > 0 && country is null)
            {
                errors.Add($"data/gazetteer/places.tsv:{line}: unknown country code '{f[3]}'; line skipped");
                continue;
            }

            if (countryAlias && country is null)
            {
                errors.Add($"data/gazetteer/places.tsv:{line}: COUNTRY needs a country code; line skipped");
                continue;
            }

            // Another name of a whole country (US, UK, Britain) is that country, not a second entity.
            var known = countryAlias
                ? new KnownName(country!.Name, EntityType.Gpe, country.Iso3, country.Iso3, new GeoPoint(country.Latitude, country.Longitude, country.Iso2), NameSource.Country)
                : new KnownName(f[0], type, country?.Iso3, country?.Iso3, new GeoPoint(lat, lon, country?.Iso2), NameSource.Place);
            Names.Add(f[0], known);
            foreach (var alt in DataFile.SplitAliases(f[1]))
            {
                Names.Add(alt, known);
            }

            PlaceCount++;
        }
    }

    private void LoadOrganisations(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/organisations.tsv", 4, errors))
        {
            if (!Enum.TryParse<EntityType>(f[2], ignoreCase: true, out var type))
            {
                errors.Add($"data/gazetteer/organisations.tsv:{line}: unknown entity type '{f[2]}'; line skipped");
                continue;
            }

            var countryCode = f.Length > 4 && f[4].Length > 0 ? f[4] : null;
            if (countryCode is not null && CountryOf(countryCode) is null)
            {
                errors.Add($"data/gazetteer/organisations.tsv:{line}: unknown country code '{countryCode}'; line skipped");
                continue;
            }

            var known = new KnownName(f[0], type, f[3].Length > 0 ? f[3] : null, countryCode, null, NameSource.Organisation);
            Names.Add(f[0], known);
            foreach (var alt in DataFile.SplitAliases(f[1]))
            {
                Names.Add(alt, known);
            }
        }
    }

    private void LoadCities(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/cities.tsv", 6, errors))
        {
            if (!CountriesByIso2.TryGetValue(f[1], out var country))
            {
                errors.Add($"data/gazetteer/cities.tsv:{line}: unknown country code '{f[1]}'; line skipped");
                continue;
            }

            if (!DataFile.TryParseCoordinate(f[2], 90, out var lat) || !DataFile.TryParseCoordinate(f[3], 180, out var lon)
                || !int.TryParse(f[4], out var population))
            {
                errors.Add($"data/gazetteer/cities.tsv:{line}: bad coordinates or population; line skipped");
                continue;
            }

            // The file is sorted by population, so the first city of a name is the best known one.
            Names.Add(f[0], new KnownName(f[0], EntityType.Gpe, country.Iso3, country.Iso3, new GeoPoint(lat, lon, country.Iso2), NameSource.City, population, f[5] == "PPLC"));
            PlaceCount++;
        }
    }

    private void LoadTitles(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/titles.tsv", 2, errors))
        {
            if (!Enum.TryParse<TitleKind>(f[1], ignoreCase: true, out var kind))
            {
                errors.Add($"data/gazetteer/titles.tsv:{line}: kind must be rank, office or courtesy, not '{f[1]}'; line skipped");
                continue;
            }

            Titles.TryAdd(f[0], kind);
        }
    }

    private void LoadRoles(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("actors/roles.tsv", 3, errors))
        {
            if (f[2] is not ("yes" or "no"))
            {
                errors.Add($"data/actors/roles.tsv:{line}: third field must be yes or no, not '{f[2]}'; line skipped");
                continue;
            }

            Roles.Add(f[0], new Role(f[0], f[1].Length > 0 ? f[1] : null, f[2] == "yes"));
        }
    }

    private void LoadCollectives(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("actors/collectives.tsv", 4, errors))
        {
            if (!Enum.TryParse<EntityType>(f[1], ignoreCase: true, out var type))
            {
                errors.Add($"data/actors/collectives.tsv:{line}: unknown entity type '{f[1]}'; line skipped");
                continue;
            }

            Collectives.Add(f[0], new Collective(f[0], type, f[2], f[3], f.Length > 4 && f[4].Length > 0 ? f[4] : f[3]));
        }
    }

    private void LoadLexicon(List<string> errors)
    {
        foreach (var (line, f) in DataFile.ReadEmbedded("gazetteer/lexicon.tsv", 2, errors))
        {
            switch (f[0])
            {
                case "religion" when f.Length >= 4:
                    Religions.Add(f[1], new Religion(f[2], f[3]));
                    break;
                case "religion-noun":
                    ReligionNouns.Add(f[1]);
                    break;
                case "weapon" when f.Length >= 3:
                    Weapons.Add(f[1], f[2]);
                    break;
                case "event" when f.Length >= 3:
                    EventNouns.Add(f[1], f[2]);
                    break;
                case "facility":
                    Facilities.Add(f[1], true);
                    break;
                case "kin" when f.Length >= 3:
                    Kin[f[1]] = f[2];
                    break;
                case "org-head" when f.Length >= 3 && Enum.TryParse<EntityType>(f[2], ignoreCase: true, out var type):
                    NameHeads[f[1]] = type;
                    break;
                case "not-name":
                    NotNames.Add(f[1]);
                    break;
                default:
                    errors.Add($"data/gazetteer/lexicon.tsv:{line}: unknown kind '{f[0]}' or missing fields; line skipped");
                    break;
            }
        }
    }

    private static string Plural(string demonym) =>
        demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal) || demonym.EndsWith("ch", StringComparison.Ordinal)
            ? demonym
            : demonym.EndsWith('s') ? demonym : demonym + "s";
}

internal enum TitleKind
{
    Office,
    Rank,
    Courtesy,
}

internal enum NameSource
{
    Country,
    Place,
    City,
    Organisation,
}

internal sealed record Country(string Iso3, string Iso2, string Name, string Capital, string Demonym, double Latitude, double Longitude);

/// <summary>A name the gazetteer knows. Actor is a full CAMEO code, or only an agent (PTY) to be prefixed by the country from context.</summary>
internal sealed record KnownName(
    string Canonical,
    EntityType Type,
    string? Actor,
    string? CountryIso3,
    GeoPoint? Geo,
    NameSource Source,
    int Population = 0,
    bool IsCapital = false);

internal sealed record Role(string Phrase, string? Agent, bool UniquePerCountry);

internal sealed record Collective(string Phrase, EntityType Type, string Agent, string NameFormat, string Group);

internal sealed record Religion(string GroupName, string Code);
