using Sitrep.Actors;
using Sitrep.Dictionaries.Petrarch;
using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

/// <summary>
/// Groups the mentions of one document into entities (in-document coreference), then gives each entity
/// its canonical name, attributes, CAMEO actor code and relations. One instance per document.
/// </summary>
internal sealed class EntityResolver
{
    private readonly string _text;
    private readonly IReadOnlyList<Word> _words;
    private readonly EntityKnowledge _k;
    private readonly List<Candidate> _mentions;
    private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);
    private readonly List<(Candidate Subject, string Predicate, Candidate Object)> _relations = [];
    private string? _mainCountry;

    private readonly ActorDictionary? _actors;
    private readonly DateOnly? _published;

    public EntityResolver(string text, IReadOnlyList<Word> words, EntityKnowledge knowledge, List<Candidate> mentions, ActorDictionary? actors = null, DateOnly? published = null)
    {
        _text = text;
        _words = words;
        _k = knowledge;
        _mentions = mentions;
        _actors = actors;
        _published = published;
    }

    public (List<EntityDraft> Entities, List<(Candidate Subject, string Predicate, Candidate Object)> Relations) Resolve()
    {
        _mainCountry = MainCountry();

        // Names first, so that surnames, roles and relatives can find the people they point to.
        foreach (var m in _mentions)
        {
            if (m.Kind is MentionKind.KnownName or MentionKind.Name)
            {
                AddNamed(m);
            }
        }

        foreach (var m in _mentions)
        {
            if (m.Kind == MentionKind.SingleName)
            {
                ResolveSingle(m);
            }
        }

        foreach (var m in _mentions)
        {
            if (m.Kind == MentionKind.Role)
            {
                ResolveRole(m);
            }
        }

        foreach (var m in _mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Collective: ResolveCollective(m); break;
                case MentionKind.Kin: ResolveKin(m); break;
                case MentionKind.Family: Attach(m, "family:" + m.Group, EntityType.Person, m.Name, 2); break;
                case MentionKind.Religion: Attach(m, "religion:" + m.Group, EntityType.Norp, m.Name, m.RoleText is "Islam" or "Christianity" ? 2 : 3); break;
                case MentionKind.Region: AttachRegion(m); break;
                case MentionKind.Weapon: Attach(m, "weapon:" + m.Group, EntityType.Weapon, m.Name, 3); break;
                case MentionKind.WeaponAnaphor: ResolveWeaponAnaphor(m); break;
                case MentionKind.Event: Attach(m, "event:" + m.Group, EntityType.Event, m.Name, 1); break;
                case MentionKind.Facility: Attach(m, "facility:" + m.Group, EntityType.Facility, m.Name, 1); break;
                case MentionKind.DemonymNoun: AttachCountry(m, m.Country); break;
                case MentionKind.PlaceAnaphor: ResolvePlaceAnaphor(m); break;
                case MentionKind.NominalOrg: Attach(m, "org:" + m.Group, EntityType.Org, m.Name, 1); break;
            }
        }

        var entities = _byKey.Values.Where(e => e.Mentions.Count > 0).ToList();
        foreach (var e in entities)
        {
            e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        entities.Sort((a, b) => a.FirstOffset.CompareTo(b.FirstOffset));
        foreach (var e in entities)
        {
            Finish(e);
            ApplyActorDictionary(e);
        }

        FindReligionOfPeople();
        FindStatus(entities);
        FindAppositiveRelations();
        return (entities, _relations);
    }

    // ------------------------------------------------------------------ grouping

    private EntityDraft Attach(Candidate m, string key, EntityType type, string name, int nameQuality)
    {
        if (!_byKey.TryGetValue(key, out var e))
        {
            e = new EntityDraft { Key = key, Type = type };
            _byKey[key] = e;
        }

        if (nameQuality > e.NameQuality || (nameQuality == e.NameQuality && name.Length > e.Name.Length && type == EntityType.Person))
        {
            e.Name = name;
            e.NameQuality = nameQuality;
        }

        e.Mentions.Add(m);
        m.Entity = e;
        if (m.Country is not null && e.Country is null)
        {
            e.Country = m.Country;
        }

        e.Agent ??= m.Type == EntityType.Person ? null : m.Agent;
        return e;
    }

    private void AddNamed(Candidate m)
    {
        if (m.Known is { } known)
        {
            var e = Attach(m, "known:" + known.Canonical, known.Type, known.Canonical, 5);
            e.Known = known;
            e.Geo ??= known.Geo;
            return;
        }

        if (m.Type != EntityType.Person)
        {
            Attach(m, "name:" + m.Name, m.Type, m.Name, 4);
            return;
        }

        // The same person under a fuller or shorter name: "Bashar al-Assad" and "President Bashar al-Assad".
        var surname = MentionFinder.LastName(m.Name);
        var person = _byKey.Values.FirstOrDefault(p => p.Type == EntityType.Person && p.Surname == surname && SameFirstName(p.Name, m.Name));
        var entity = person is not null ? Attach(m, person.Key, EntityType.Person, m.Name, 4) : Attach(m, "person:" + m.Name, EntityType.Person, m.Name, 4);
        entity.Surname = surname;
        AddTitleRoles(entity, m);
    }

    private static bool SameFirstName(string a, string b)
    {
        var fa = a.Split(' ')[0];
        var fb = b.Split(' ')[0];
        return fa == fb || a.Split(' ').Length == 1 || b.Split(' ').Length == 1;
    }

    private void AddTitleRoles(EntityDraft e, Candidate m)
    {
        if (m.Title is null)
        {
            return;
        }

        var words = WordSegmenter.Segment(m.Title, []);
        for (int i = 0; i < words.Length; i++)
        {
            int len = _k.Roles.Match(m.Title, words, i, words.Length, out var role);
            if (len > 0)
            {
                e.Roles.Add(role.Phrase);
                i += len - 1;
            }
        }
    }

    private void ResolveSingle(Candidate m)
    {
        // A surname alone: the person named in full elsewhere in the document (most recent before, else first after).
        EntityDraft? best = null;
        foreach (var e in _byKey.Values)
        {
            if (e.Type == EntityType.Person && e.Surname == m.Name && e.Mentions.Count > 0 && e.Mentions[0].Kind == MentionKind.Name)
            {
                if (best is null || Math.Abs(e.FirstOffset - m.Start) < Math.Abs(best.FirstOffset - m.Start))
                {
                    best = e;
                }
            }
        }

        if (best is not null)
        {
            Attach(m, best.Key, EntityType.Person, best.Name, 0);
            return;
        }

        // A small town needs its country in the story and a word that places something there ("in Clinton").
        if (m.Known is { } town && (town.CountryIso3 == _mainCountry || _byKey.ContainsKey("known:" + _k.CountryOf(town.CountryIso3)?.Name))
            && m.First > 0 && _words[m.First - 1].Slice(_text) is "in" or "at" or "near" or "from" or "outside" or "to")
        {
            var e = Attach(m, "known:" + town.Canonical, town.Type, town.Canonical, 5);
            e.Known = town;
            e.Geo ??= town.Geo;
            return;
        }

        // The recogniser's label for a word no name in the document explains.
        if (m.Group == "ner" && m.Known is null)
        {
            var e = Attach(m, "name:" + m.Name, m.Type, m.Name, 3);
            if (m.Type == EntityType.Person)
            {
                e.Surname = m.Name;
            }

            return;
        }

        // An unknown single word is a name only with a title or a speech verb after it ("Kochavi said").
        bool speaks = m.End < _words.Count && _words[m.End].Slice(_text) is "said" or "says" or "told" or "added" or "explained";
        if (m.Known is null && m.Type == EntityType.Person && (m.Title is not null || speaks))
        {
            var e = Attach(m, "person:" + m.Name, EntityType.Person, m.Name, 3);
            e.Surname = m.Name;
            AddTitleRoles(e, m);
        }
        else if (m.Type == EntityType.Org && CountOccurrences(m.Name) >= 2)
        {
            Attach(m, "name:" + m.Name, EntityType.Org, m.Name, 3);
        }
    }

    private int CountOccurrences(string name)
    {
        int n = 0;
        foreach (var c in _mentions)
        {
            if (c.Name == name && c.Kind == MentionKind.SingleName)
            {
                n++;
            }
        }

        return n;
    }

    private void ResolveRole(Candidate m)
    {
        var person = AppositivePerson(m);
        if (person?.Entity is { } appositive)
        {
            Attach(m, appositive.Key, EntityType.Person, appositive.Name, 0);
            appositive.Roles.Add(m.Role!.Phrase);
            if (!appositive.Attributes.ContainsKey("role"))
            {
                appositive.Attributes["role"] = m.Name;
            }

            AddPosting(m);
            return;
        }

        if (!m.Definite)
        {
            return; // "a former defence minister" on its own names nobody in particular
        }

        // "the Syrian President", "the President": the one holder of a unique office in the document.
        if (m.Role!.UniquePerCountry)
        {
            EntityDraft? holder = null;
            int holders = 0;
            foreach (var e in _byKey.Values)
            {
                if (e.Type == EntityType.Person && e.Roles.Contains(m.Role.Phrase) && (m.Country is null || e.Country is null || e.Country == m.Country))
                {
                    holder = e;
                    holders++;
                }
            }

            if (holders == 1)
            {
                Attach(m, holder!.Key, EntityType.Person, holder.Name, 0);
                return;
            }
        }

        // An unnamed office holder: "Morocco has expelled the Syrian Ambassador".
        if (m.Country is not null || m.Role.UniquePerCountry)
        {
            var e = Attach(m, "role:" + m.Name, EntityType.Person, m.Name, 1);
            e.Roles.Add(m.Role.Phrase);
            e.Attributes.TryAdd("role", m.Name);
            AddPosting(m);
        }
    }

    private void AddPosting(Candidate role)
    {
        // "Ambassador to Iraq": the person is posted to that country.
        foreach (var c in _mentions)
        {
            if (c.Kind == MentionKind.KnownName && c.Start >= role.Start && c.Stop <= role.Stop && c.Known?.Source == NameSource.Country
                && c.First > 0 && _words[c.First - 1].Slice(_text) is "to")
            {
                _relations.Add((role, "posted_to", c));
            }
        }
    }

    /// <summary>The person a role mention stands in apposition to: "NAME, ROLE," or "ROLE, NAME".</summary>
    private Candidate? AppositivePerson(Candidate role)
    {
        Candidate? before = null, after = null;
        foreach (var c in _mentions)
        {
            if (c.Type != EntityType.Person || c.Entity is null || c == role)
            {
                continue;
            }

            // NAME , ROLE   (or NAME , ROLE1 , and ROLE2)
            if (c.End < role.First && IsComma(c.End) && (c.End + 1 == role.First || (c.End + 2 == role.First && IsWord(c.End + 1, "and"))))
            {
                before = c;
            }

            if (c.Kind == MentionKind.Role && c.End < role.First && c.Entity is not null && IsComma(c.End)
                && (c.End + 1 == role.First || (c.End + 2 == role.First && IsWord(c.End + 1, "and"))))
            {
                before = c;
            }

            // ROLE , [titles] NAME
            if (c.Kind == MentionKind.Name && c.First > role.End && IsComma(role.End) && OnlyTitlesBetween(role.End + 1, c.First))
            {
                after ??= c;
            }
        }

        return before ?? after;
    }

    private bool OnlyTitlesBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!_k.Titles.Contains(_words[k].Slice(_text)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsComma(int i) => i >= 0 && i < _words.Count && _words[i].Slice(_text) is ",";

    private bool IsWord(int i, string w) => i >= 0 && i < _words.Count && _words[i].Slice(_text).Equals(w, StringComparison.Ordinal);

    private void ResolveCollective(Candidate m)
    {
        var country = m.Country;
        if (country is null && m.Owner is { } leader)
        {
            var leaderEntity = PersonNamed(leader.Name);
            country = leaderEntity?.Country;
            leaderEntity ??= PersonWithSurname(MentionFinder.LastName(leader.Name));
            country ??= leaderEntity?.Country;
        }

        if (m.Agent is "IGO")
        {
            country = null; // the international community belongs to no country
        }
        else
        {
            country ??= _mainCountry;
        }

        var c = _k.CountryOf(country);
        var name = FormatCollectiveName(m.Name, c);
        var e = Attach(m, "collective:" + m.Group + ":" + country, m.Type, name, 2);
        e.Agent = m.Agent;
        e.Country = country;

        // "The Syrian regime of President Bashar al-Assad": the leader is of that country.
        if (m.Owner is { } owner && c is not null)
        {
            var leaderEntity = PersonNamed(owner.Name) ?? PersonWithSurname(MentionFinder.LastName(owner.Name));
            if (leaderEntity is not null)
            {
                leaderEntity.Country ??= c.Iso3;
                e.Attributes.TryAdd("leader", leaderEntity.Name);
            }
        }
    }

    private static string FormatCollectiveName(string format, Country? country)
    {
        if (country is null)
        {
            return format.Replace("{0} ", "", StringComparison.Ordinal).Replace(" of {0}", "", StringComparison.Ordinal).Replace("{0}", "", StringComparison.Ordinal).Trim();
        }

        return format.StartsWith("{0}", StringComparison.Ordinal)
            ? format.Replace("{0}", country.Demonym, StringComparison.Ordinal)
            : format.Replace("{0}", country.Name, StringComparison.Ordinal);
    }

    private EntityDraft? PersonNamed(string name) =>
        _byKey.Values.FirstOrDefault(e => e.Type == EntityType.Person && e.Mentions.Any(x => x.Kind == MentionKind.Name && x.Name == name));

    private EntityDraft? PersonWithSurname(string surname) =>
        _byKey.Values.FirstOrDefault(e => e.Type == EntityType.Person && e.Surname == surname && !e.Key.StartsWith("family:", StringComparison.Ordinal));

    private void ResolveKin(Candidate m)
    {
        var owner = m.Owner?.Entity;
        if (owner is null)
        {
            return;
        }

        var e = Attach(m, "kin:" + owner.Key + ":" + m.RoleText, EntityType.Person, m.Name, 1);
        e.Attributes.TryAdd("relation", m.RoleText + " of " + owner.Name);
        e.Agent = "ELI";
        _relations.Add((m.Owner!, m.Predicate!, m));
    }

    private void ResolveWeaponAnaphor(Candidate m)
    {
        EntityDraft? best = null;
        int bestOffset = -1;
        foreach (var e in _byKey.Values)
        {
            if (e.Type != EntityType.Weapon)
            {
                continue;
            }

            foreach (var x in e.Mentions)
            {
                if (x.Start < m.Start && x.Start > bestOffset && x.Kind == MentionKind.Weapon && e.Name.EndsWith("weapons", StringComparison.Ordinal))
                {
                    best = e;
                    bestOffset = x.Start;
                }
            }
        }

        if (best is not null)
        {
            Attach(m, best.Key, EntityType.Weapon, best.Name, 0);
        }
    }

    private void AttachRegion(Candidate m)
    {
        // "Alawite areas", "the western part of the country": a region of the country the text is about.
        var e = Attach(m, "region:" + m.Name, EntityType.Loc, m.Name, 1);
        e.Country ??= m.Country ?? _mainCountry;
        if (_k.CountryOf(e.Country) is { } c)
        {
            e.Geo ??= new GeoPoint(c.Latitude, c.Longitude, c.Iso2);
        }
    }

    private void AttachCountry(Candidate m, string? iso3)
    {
        if (_k.CountryOf(iso3) is not { } country)
        {
            return;
        }

        var e = Attach(m, "known:" + country.Name, EntityType.Gpe, country.Name, 5);
        e.Geo ??= new GeoPoint(country.Latitude, country.Longitude, country.Iso2);
        e.Country ??= country.Iso3;
    }

    private void ResolvePlaceAnaphor(Candidate m)
    {
        if (_k.CountryOf(_mainCountry) is not { } country)
        {
            return;
        }

        if (m.Group == "country")
        {
            AttachCountry(m, country.Iso3);
        }
        else if (m.Group == "capital" && _byKey.TryGetValue("known:" + country.Capital, out var capital))
        {
            Attach(m, capital.Key, capital.Type, capital.Name, 0);
        }
    }

    /// <summary>The country the document is mostly about: named countries count twice, their cities and demonyms once.</summary>
    private string? MainCountry()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in _mentions)
        {
            string? iso = m.Kind switch
            {
                MentionKind.KnownName when m.Known?.Source == NameSource.Country => m.Known.CountryIso3,
                MentionKind.KnownName when m.Known?.Source is NameSource.City or NameSource.Place => m.Known.CountryIso3,
                MentionKind.DemonymNoun => m.Country,
                _ => null,
            };
            if (iso is not null)
            {
                counts[iso] = counts.GetValueOrDefault(iso) + (m.Known?.Source == NameSource.Country ? 2 : 1);
            }
        }

        foreach (var w in _words)
        {
            if (w.Is(WordShape.Capitalised) && _k.Demonyms.TryGetValue(w.Slice(_text), out var c))
            {
                counts[c.Iso3] = counts.GetValueOrDefault(c.Iso3) + 1;
            }
        }

        // One naming of a country is enough in a short text; on a tie the country named first wins.
        string? best = null;
        int bestCount = 1;
        foreach (var (iso, n) in counts)
        {
            if (n > bestCount)
            {
                best = iso;
                bestCount = n;
            }
        }

        return best;
    }

    // ------------------------------------------------------------------ attributes and codes

    private void Finish(EntityDraft e)
    {
        switch (e.Type)
        {
            case EntityType.Person:
                FinishPerson(e);
                break;
            case EntityType.Gpe or EntityType.Loc:
                e.Actor = e.Known?.Actor ?? e.Country;
                if (e.Known is { Source: NameSource.City or NameSource.Place } && e.Country is not null)
                {
                    e.Attributes.TryAdd("country", e.Country);
                }

                break;
            case EntityType.Org or EntityType.Norp:
                FinishGroup(e);
                break;
            default:
                e.Actor = null;
                break;
        }
    }

    /// <summary>
    /// A user's PETRARCH dictionary codes a named person or organisation it lists by the code valid at
    /// publication; a bare country code from the dictionary does not override a role the text gives.
    /// </summary>
    private void ApplyActorDictionary(EntityDraft e)
    {
        if (_actors is null || e.Type is not (EntityType.Person or EntityType.Org or EntityType.Norp))
        {
            return;
        }

        foreach (var m in e.Mentions)
        {
            if (m.Kind is not (MentionKind.Name or MentionKind.KnownName) || m.Name.Length == 0)
            {
                continue;
            }

            var words = m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (_actors.Match(words, 0) is not { } match || match.Length != words.Length)
            {
                continue;
            }

            var codes = match.Entry.CodesOn(_published);
            if (codes.Count == 0)
            {
                continue;
            }

            var code = codes[0];
            if (!(code.Length == 3 && e.Actor is not null && e.Actor.StartsWith(code, StringComparison.Ordinal)))
            {
                e.Actor = code;
            }

            e.Attributes["actor_source"] = "dictionary";
            return;
        }
    }

    private void FinishPerson(EntityDraft e)
    {
        var agents = new List<string?> { e.Agent };
        foreach (var m in e.Mentions)
        {
            agents.Add(m.Agent);
            if (m.Country is not null)
            {
                e.Country ??= m.Country;
            }

            if (m.Title is not null)
            {
                SplitTitle(m.Title, e);
            }
        }

        if (e.Key.StartsWith("family:", StringComparison.Ordinal))
        {
            var member = PersonWithSurname(e.Key["family:".Length..]);
            e.Country ??= member?.Country ?? _mainCountry;
            e.Attributes.TryAdd("collective", "family");
            agents.Add("ELI");
        }

        if (e.Key.StartsWith("kin:", StringComparison.Ordinal))
        {
            var owner = e.Mentions[0].Owner?.Entity;
            e.Country ??= owner?.Country ?? _mainCountry;
        }

        var agent = ActorCoder.Strongest(agents);
        if (e.Country is null && agent is "GOV" or "MIL" or "SPY" or "COP")
        {
            e.Country = _mainCountry; // an official with no country named serves the country the story is about
        }

        if (e.Country is not null)
        {
            e.Attributes.TryAdd("nationality", e.Country);
        }

        e.Agent = agent;
        e.Actor = ActorCoder.Code(e.Country, agent);
    }

    private void SplitTitle(string title, EntityDraft e)
    {
        // "Defence Minister General": the trailing rank is the title, the office before it the role.
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int rankStart = words.Length;
        while (rankStart > 0 && _k.Titles.TryGetValue(words[rankStart - 1], out var kind) && kind == TitleKind.Rank)
        {
            rankStart--;
        }

        if (rankStart < words.Length && rankStart > 0)
        {
            e.Attributes.TryAdd("title", string.Join(' ', words[rankStart..]));
            e.Attributes.TryAdd("role", string.Join(' ', words[..rankStart]));
        }
        else
        {
            e.Attributes.TryAdd("title", title);
        }
    }

    private void FinishGroup(EntityDraft e)
    {
        string? agent = e.Agent;
        string? country = e.Country;
        if (e.Known is { } known)
        {
            if (known.Actor is null)
            {
                e.Actor = null; // listed in the gazetteer as no actor (Wikipedia, a newspaper's own site)
                return;
            }

            if (known.Actor is { } code && !ActorCoder.IsBareAgent(code))
            {
                e.Actor = code;
                if (known.CountryIso3 is not null)
                {
                    e.Attributes.TryAdd("country", known.CountryIso3);
                }

                return;
            }

            agent = known.Actor;
            country = known.CountryIso3 ?? _mainCountry;
        }
        else if (e.Key.StartsWith("name:", StringComparison.Ordinal))
        {
            agent = AgentOfOrganisationName(e.Name);
            if (agent is "GOV" or "MIL" or "SPY" or "COP" or "LEG" or "JUD" or "PTY")
            {
                country ??= _mainCountry;
            }
        }
        else if (e.Key.StartsWith("religion:", StringComparison.Ordinal))
        {
            // A group living somewhere ("Sunni Muslims", "the Alawite sect") is coded with the country; a faith is not.
            bool population = e.Mentions.Any(m => m.RoleText is "sect" or "population" or "community" or "Muslims" or "Christians" or "minority" or "majority");
            e.Actor = population && _mainCountry is not null ? _mainCountry + e.Key["religion:".Length..] : e.Key["religion:".Length..];
            e.Attributes.TryAdd("religion", e.Name);
            return;
        }

        // "the ruling Baath Party": a ruling party is the government.
        if (e.Mentions.Any(m => m.First > 0 && _words[m.First - 1].Slice(_text) is "ruling"))
        {
            agent = "GOV";
        }

        if (country is not null)
        {
            e.Attributes.TryAdd("country", country);
        }

        e.Country = country;
        e.Actor = ActorCoder.Code(agent is "IGO" ? null : country, agent);
    }

    private static string? AgentOfOrganisationName(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (name.Contains("Security", StringComparison.Ordinal) || name.Contains("Intelligence", StringComparison.Ordinal))
        {
            return "SPY";
        }

        return last switch
        {
            "Guard" or "Guards" or "Army" or "Forces" or "Brigade" or "Brigades" or "Navy" => "MIL",
            "Police" => "COP",
            "Party" => "PTY",
            "Ministry" or "Bureau" or "Agency" or "Administration" or "Department" or "Office" or "Authority" => "GOV",
            "Parliament" or "Assembly" => "LEG",
            "Court" => "JUD",
            "University" or "College" or "School" or "Institute" => "EDU",
            "Company" or "Corporation" or "Corp." or "Inc." or "Ltd" or "Bank" or "Airlines" => "BUS",
            "Front" or "Movement" => "REB",
            _ => null,
        };
    }

    private void FindReligionOfPeople()
    {
        // "Tlas is a Sunni Muslim", "Daoud Rajha, who was a Greek Orthodox Christian".
        foreach (var m in _mentions)
        {
            if (m.Kind != MentionKind.Religion || m.Entity is null || m.First < 2)
            {
                continue;
            }

            int k = m.First - 1;
            if (_words[k].Slice(_text) is "a" or "an")
            {
                k--;
            }

            if (k < 0 || _words[k].Slice(_text) is not ("is" or "was"))
            {
                continue;
            }

            k--;
            if (k >= 0 && _words[k].Slice(_text) is "who")
            {
                k--;
                if (k >= 0 && IsComma(k))
                {
                    k--;
                }
            }

            var person = _mentions.LastOrDefault(p => p.End == k + 1 && p.Type == EntityType.Person && p.Entity is not null);
            if (person is not null)
            {
                person.Entity!.Attributes.TryAdd("religion", TextOfMention(m, stripArticle: true));
                _relations.Add((person, "religion", m));
            }
        }
    }

    private void FindStatus(List<EntityDraft> entities)
    {
        // Status at publication, only where a cue word sits right by one of the person's mentions.
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                var status = StatusNear(m);
                if (status is not null)
                {
                    e.Attributes.TryAdd("status_at_publication", status);
                }
            }
        }
    }

    private string? StatusNear(Candidate m)
    {
        int sentence = _words[m.First].Sentence;
        for (int k = m.End; k < Math.Min(_words.Count, m.End + 6) && _words[k].Sentence == sentence; k++)
        {
            var w = _words[k].Slice(_text);
            if (w is "died" or "killed" or "dead")
            {
                return "dead";
            }

            if (w is "defected")
            {
                return "defected";
            }

            if (w is "arrested" or "detained" or "arrest")
            {
                return "under arrest";
            }

            if (HasOtherPerson(m, k))
            {
                break;
            }
        }

        // "the defection … of General Manaf Tlas", "The ministers killed were …".
        for (int k = m.First - 1; k >= Math.Max(0, m.First - 8) && _words[k].Sentence == sentence; k--)
        {
            var w = _words[k].Slice(_text);
            if (w is "defection")
            {
                return "defected";
            }

            if (w is "killed" && k + 1 < _words.Count && _words[k + 1].Slice(_text) is "were" or "was")
            {
                return "dead";
            }

            if (HasOtherPerson(m, k))
            {
                break;
            }
        }

        return null;
    }

    private bool HasOtherPerson(Candidate m, int word)
    {
        if (_personAt is null)
        {
            // Which person entity covers each word, built once: the status scan asks for every word it passes.
            _personAt = new EntityDraft?[_words.Count];
            foreach (var c in _mentions)
            {
                if (c.Type == EntityType.Person && c.Entity is not null)
                {
                    for (int k = c.First; k < c.End; k++)
                    {
                        _personAt[k] ??= c.Entity;
                    }
                }
            }
        }

        return _personAt[word] is { } other && other != m.Entity;
    }

    private EntityDraft?[]? _personAt;

    private void FindAppositiveRelations()
    {
        // "Assef Shawkat, brother-in-law to President Bashar al-Assad".
        for (int i = 2; i < _words.Count - 2; i++)
        {
            if (!_k.Kin.Contains(_words[i].Slice(_text)) || !IsComma(i - 1) || _words[i + 1].Slice(_text) is not ("to" or "of"))
            {
                continue;
            }

            var word = _words[i].Slice(_text).ToString();

            var subject = _mentions.LastOrDefault(c => c.End == i - 1 && c.Type == EntityType.Person && c.Entity is not null);
            int k = i + 2;
            while (k < _words.Count && _k.Titles.Contains(_words[k].Slice(_text)))
            {
                k++;
            }

            var obj = _mentions.FirstOrDefault(c => c.First == k && c.Type == EntityType.Person && c.Entity is not null);
            if (subject is not null && obj is not null)
            {
                _relations.Add((subject, word.Replace('-', '_') + "_of", obj));
                subject.Entity!.Attributes.TryAdd("relation", word + " of " + obj.Entity!.Name);
            }
        }
    }

    private string TextOfMention(Candidate m, bool stripArticle)
    {
        int first = m.First;
        if (stripArticle)
        {
            while (first < m.End - 1 && _words[first].Slice(_text) is "a" or "an" or "the" or "The" or "A")
            {
                first++;
            }
        }

        return _text[_words[first].Start..m.Stop];
    }
}
