using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

/// <summary>Nominal mentions: roles, collectives, relatives, religions, weapons, events, facilities.</summary>
internal sealed partial class MentionFinder
{
    // Words that are adjectives as often as nouns: "military solution", "government officials".
    private static readonly WordSet AdjectivalHeads = new(true,
        "military", "government", "opposition", "police", "army", "rebel", "regime", "administration", "people");

    // Role words that are often modifiers of a following noun ("general staff", "member states", "head office").
    private static readonly WordSet ModifierRoleWords = new(true, "general", "chief", "head", "member", "leader", "official");

    // Collective heads that name one body, so they need "the", a demonym or a possessive to be an actor.
    private static readonly WordSet SingularBodies = new(true,
        "military", "government", "regime", "administration", "army", "navy", "air force", "people", "population",
        "opposition", "police", "international community", "ruling elite");

    // Nouns that turn an event word into a modifier ("war crimes", "attack helicopters"). Without a
    // part-of-speech tagger a following verb ("the bombing follows") cannot be told from a noun, so this is a list.
    private static readonly WordSet EventModifierHeads = new(true,
        "crimes", "criminals", "zone", "zones", "helicopter", "helicopters", "aircraft", "plan", "plans", "victims",
        "survivors", "site", "sites", "scene", "footage", "campaign", "warning", "threat", "threats", "suspect",
        "suspects", "drill", "results", "result", "day", "count");

    // Mass nouns that name an event without an article ("since unrest began").
    private static readonly WordSet BareEventNouns = new(true, "unrest", "violence");

    // Unnamed organisations: "an Israeli parliamentary committee" (head word -> CAMEO agent).
    private static readonly WordMap<string> OrgNouns = new(ignoreCase: true, new Dictionary<string, string>
    {
        ["committee"] = "GOV",
        ["parliament"] = "LEG",
        ["delegation"] = "GOV",
        ["ministry"] = "GOV",
        ["court"] = "JUD",
        ["newspaper"] = "MED",
        ["embassy"] = "GOV",
    });

    private void FindReligions()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            int len = _k.Religions.Match(_text, _words, i, _words.Length, out var religion);
            if (len == 0 || !InRange(i + len))
            {
                continue;
            }

            if (RegionNouns.Contains(W(i + len)))
            {
                Add(MentionKind.Region, i, i + len + 1, EntityType.Loc, TextOf(i, i + len + 1));
                continue;
            }

            if (!_k.ReligionNouns.Contains(W(i + len)))
            {
                continue;
            }

            int end = i + len + 1;
            int first = i;
            while (first > 0 && SameSentence(first - 1, i) && (W(first - 1) is "minority" or "majority" or "per" or "cent" || _words[first - 1].Is(WordShape.Number)))
            {
                first--;
            }

            if (first > 0 && W(first - 1) is "the" or "The")
            {
                first--;
            }

            // A faith ("Shia Islam") is named as written; a community by its group name ("Sunni Muslims").
            var noun = S(i + len);
            var name = noun is "Islam" or "Christianity" ? TextOf(i, end) : religion.GroupName;
            var c = Add(MentionKind.Religion, first, end, EntityType.Norp, name);
            c.Group = religion.Code;
            c.RoleText = S(i + len);
            MarkName(i, end);
            i = end - 1;
        }
    }

    private void FindRoles()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i] && !(IsCap(i) && _k.Titles.Contains(W(i))))
            {
                continue;
            }

            int len = _k.Roles.Match(_text, _words, i, _words.Length, out var role);
            if (len == 0)
            {
                continue;
            }

            int headEnd = i + len;

            // A role head ends its noun phrase: "the general staff" is not a general, "President Aliyev" is a title.
            if (InRange(headEnd) && SameSentence(i, headEnd)
                && ((IsCap(headEnd) && !IsFunctionWord(headEnd)) || (ModifierRoleWords.Contains(W(headEnd - 1)) && (NounFollows(headEnd) ?? IsContentLower(headEnd)))))
            {
                continue;
            }

            // Walk left over modifiers to the determiner: "a senior Republican Guard commander", "Israel’s military intelligence chief".
            int first = i;
            string? country = null;
            bool definite = false, found = false;
            for (int k = i - 1, steps = 0; k >= 0 && SameSentence(k, i) && steps < 6; k--, steps++)
            {
                if (DemonymAt(k) is { } dem)
                {
                    country ??= dem.Iso3;
                    first = k;
                    continue;
                }

                if (IsPossessive(k) && CountryPossessiveEndingAt(k, out int nameFirst) is { } owner)
                {
                    country ??= owner.Iso3;
                    first = nameFirst;
                    definite = true;
                    found = true;
                    break;
                }

                if (IsDeterminer(k) || W(k) is "The" or "A" or "An")
                {
                    first = k;
                    definite = IsDefiniteDeterminer(k);
                    found = true;
                    break;
                }

                if (IsContentLower(k) || IsCap(k) || W(k) is "former" or "then")
                {
                    first = k;
                    continue;
                }

                break;
            }

            if (!found)
            {
                continue;
            }

            int end = headEnd;
            if (InRange(end) && W(end) is "to" && IsCap(end + 1) && _k.Names.Match(_text, _words, end + 1, _words.Length, out var posting) is > 0 and var pl
                && posting.Source == NameSource.Country)
            {
                end = end + 1 + pl; // "Ambassador to Iraq"
            }
            else if (InRange(end) && W(end) is "of")
            {
                int np = ExtendPrepositions(end, 1, allowIn: false);
                if (np > end && (np < _words.Length && IsPunct(np) || np == _words.Length))
                {
                    end = np; // "a member of Assad’s inner circle"
                }
            }

            var c = Add(MentionKind.Role, first, end, EntityType.Person, NominalName(first, end));
            c.Role = role;
            c.RoleText = TextOf(first, end);
            c.Agent = RoleAgent(first, end, role);
            c.Country = country ?? PostingCountryOfDemonym(first, i);
            c.Definite = definite;
            i = end - 1;
        }
    }

    private string? PostingCountryOfDemonym(int first, int head)
    {
        for (int k = first; k < head; k++)
        {
            if (DemonymAt(k) is { } c)
            {
                return c.Iso3;
            }
        }

        return null;
    }

    /// <summary>The agent for a role phrase: its own, or that of words in the phrase ("military intelligence chief").</summary>
    private string? RoleAgent(int first, int end, Role role)
    {
        if (role.Agent is not null)
        {
            return role.Agent;
        }

        for (int k = first; k < end; k++)
        {
            var w = W(k);
            if (w.Equals("military", StringComparison.OrdinalIgnoreCase) || w.Equals("army", StringComparison.OrdinalIgnoreCase) || w is "commander")
            {
                return "MIL";
            }

            if (w.Equals("security", StringComparison.OrdinalIgnoreCase) || w.Equals("intelligence", StringComparison.OrdinalIgnoreCase))
            {
                return "SPY";
            }

            if (w.Equals("government", StringComparison.OrdinalIgnoreCase) || w.Equals("state", StringComparison.OrdinalIgnoreCase))
            {
                return "GOV";
            }

            if (IsCap(k) && _k.NameHeads.TryGetValue(W(k), out _) && W(k) is "Guard" or "Guards" or "Army" or "Forces" or "Brigade" or "Brigades")
            {
                return "MIL";
            }
        }

        return null;
    }

    private void FindCollectives()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i])
            {
                continue;
            }

            int len = _k.Collectives.Match(_text, _words, i, _words.Length, out var col);
            if (len == 0)
            {
                continue;
            }

            int headEnd = i + len;
            var head = TextOf(i, headEnd);
            if (AdjectivalHeads.Contains(head) && InRange(headEnd) && SameSentence(i, headEnd) && (NounFollows(headEnd) ?? IsContentLower(headEnd)))
            {
                continue;
            }

            int first = i;
            string? country = null;
            bool definite = false;
            if (DemonymAt(i - 1) is { } dem)
            {
                country = dem.Iso3;
                first = i - 1;
                definite = true;
            }
            else if (IsPossessive(i - 1) && CountryPossessiveEndingAt(i - 1, out int nameFirst) is { } owner)
            {
                country = owner.Iso3;
                first = nameFirst;
                definite = true;
            }

            if (IsDefiniteDeterminer(first - 1) || W(Math.Max(first - 1, 0)) is "The")
            {
                first--;
                definite = true;
            }
            else if (first > 0 && W(first - 1) is "a" or "an" or "A" or "An")
            {
                continue; // "a transitional government" is not the government in power
            }

            if (SingularBodies.Contains(head) && !definite)
            {
                continue;
            }

            int end = headEnd;
            Candidate? leader = null;
            if (InRange(end) && W(end) is "of" && SameSentence(i, end + 1))
            {
                int k = end + 1;
                if (_k.Names.Match(_text, _words, k, _words.Length, out var known) is > 0 and var kl && known.Source == NameSource.Country)
                {
                    country = known.CountryIso3;
                    end = k + kl; // "the people of Syria"
                }
                else
                {
                    while (InRange(k) && IsCap(k) && _k.Titles.Contains(W(k)))
                    {
                        k++;
                    }

                    leader = _found.Find(f => f.First == k && f.Kind == MentionKind.Name && f.Type == EntityType.Person);
                    if (leader is not null)
                    {
                        end = leader.End; // "the regime of Bashar al-Assad"
                    }
                }
            }

            var c = Add(MentionKind.Collective, first, end, col.Type, col.NameFormat);
            c.Group = col.Group;
            c.Agent = col.Agent;
            c.Country = country;
            c.Definite = definite;
            c.Owner = leader;
            i = headEnd - 1;
        }
    }

    private void FindKin()
    {
        for (int i = 1; i < _words.Length; i++)
        {
            if (!_k.Kin.TryGetValue(W(i), out var predicate))
            {
                continue;
            }

            // "Assad’s British-born wife", "Tlas’ father": a possessive name at most two words before.
            for (int k = i - 1; k >= Math.Max(0, i - 3); k--)
            {
                if (!IsPossessive(k))
                {
                    continue;
                }

                var owner = _found.FindLast(f => f.End == k && f.Type == EntityType.Person && f.Kind is MentionKind.Name or MentionKind.SingleName);
                if (owner is null)
                {
                    break;
                }

                var c = Add(MentionKind.Kin, owner.First, i + 1, EntityType.Person, TextOf(owner.First, i + 1));
                c.Owner = owner;
                c.Predicate = predicate;
                c.RoleText = S(i);
                break;
            }
        }
    }

    private void FindWeapons()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i] && !_words[i].Is(WordShape.AllCaps))
            {
                continue;
            }

            int len = _k.Weapons.Match(_text, _words, i, _words.Length, out var canonical);
            if (len > 0)
            {
                // Case matters for acronyms: "VX" is the agent, "vx" is not a word anyone writes.
                if (_words[i].Is(WordShape.AllCaps) != (canonical.Length > 1 && canonical.ToUpperInvariant() == canonical))
                {
                    continue;
                }

                var c = Add(MentionKind.Weapon, i, i + len, EntityType.Weapon, canonical);
                c.Group = canonical;
                i += len - 1;
                continue;
            }

            if (W(i) is "weapons" && i > 0 && W(i - 1) is "these" or "such" or "those" or "the" or "These" or "Such")
            {
                var c = Add(MentionKind.WeaponAnaphor, i - 1, i + 1, EntityType.Weapon, "");
                c.Definite = true;
            }
        }
    }

    private void FindEvents()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i])
            {
                continue;
            }

            int len = _k.EventNouns.Match(_text, _words, i, _words.Length, out var eventClass);
            if (len == 0)
            {
                continue;
            }

            int headEnd = i + len;
            if (InRange(headEnd) && SameSentence(i, headEnd) && (NounFollows(headEnd) ?? EventModifierHeads.Contains(W(headEnd))))
            {
                continue; // "attack helicopters", "war crimes": a modifier, not the event
            }

            // Up to two modifiers before the head ("a suicide bomb attack", "the 16-month conflict"), then an article or possessive.
            int first = i;
            bool found = false;
            for (int k = i - 1, steps = 0; k >= 0 && SameSentence(k, i) && steps < 3; k--, steps++)
            {
                if (IsDeterminer(k) || W(k) is "The" or "A" or "An" or "This")
                {
                    first = k;
                    found = true;
                    break;
                }

                if (IsPossessive(k))
                {
                    // "the country’s revolution": the owner noun phrase is part of the mention.
                    int ownerFirst = k - 1;
                    if (ownerFirst >= 0 && (IsLowerWord(ownerFirst) || IsCap(ownerFirst)))
                    {
                        first = IsDeterminer(ownerFirst - 1) ? ownerFirst - 1 : ownerFirst;
                        found = true;
                    }

                    break;
                }

                if ((IsContentLower(k) && !_k.Roles.Contains(W(k), out _)) || (_words[k].Is(WordShape.Number) && W(k).Contains('-')))
                {
                    first = k;
                    continue;
                }

                break;
            }

            if (!found)
            {
                if (!BareEventNouns.Contains(TextOf(i, headEnd)) || first != i)
                {
                    continue;
                }
            }

            int end = headEnd;
            if (InRange(end) && W(end) is "of" or "in")
            {
                end = ExtendPrepositions(end, 3);
            }

            var c = Add(MentionKind.Event, first, end, EntityType.Event, NominalName(first, end));
            c.Group = eventClass;
            c.Definite = found && IsDefiniteDeterminer(first);
            i = headEnd - 1;
        }
    }

    private void FindFacilities()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i])
            {
                continue;
            }

            int len = _k.Facilities.Match(_text, _words, i, _words.Length, out _);
            if (len == 0)
            {
                continue;
            }

            int headEnd = i + len;
            int first = i;
            for (int k = i - 1, steps = 0; k >= 0 && SameSentence(k, i) && steps < 5; k--, steps++)
            {
                if (IsDeterminer(k) || W(k) is "The" or "Its" || _words[k].Is(WordShape.Number) || NumberWords.Contains(W(k)))
                {
                    first = k;
                    break;
                }

                if (IsContentLower(k))
                {
                    first = k;
                    continue;
                }

                break;
            }

            int end = headEnd;
            if (InRange(end) && W(end) is "of" or "in")
            {
                end = ExtendPrepositions(end, 1);
            }

            var c = Add(MentionKind.Facility, first, end, EntityType.Facility, NominalName(first, end));
            c.Group = TextOf(first, end);
            i = headEnd - 1;
        }
    }

    private static readonly WordSet NumberWords = new(true,
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "hundreds");

    private void FindDemonymNouns()
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (_inName[i] || DemonymAt(i) is not { } country)
            {
                continue;
            }

            bool plural = !W(i).SequenceEqual(country.Demonym);
            bool nounUse = plural || IsPunct(i + 1) || W(i + 1) is "and" or "or" || !SameSentence(i, i + 1);
            if (!nounUse || (InRange(i + 1) && IsCap(i + 1)))
            {
                continue;
            }

            int first = i > 0 && W(i - 1) is "the" or "The" ? i - 1 : i;
            var c = Add(MentionKind.DemonymNoun, first, i + 1, EntityType.Gpe, country.Name);
            c.Country = country.Iso3;
        }
    }

    private static readonly WordSet RegionNouns = new(false, "areas", "regions", "villages", "neighbourhoods", "neighborhoods", "heartland");

    private static readonly WordSet Directions = new(true,
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern");

    private void FindPlaceAnaphors()
    {
        for (int i = 1; i + 3 < _words.Length; i++)
        {
            // "the western part of the country", "the northern part of Syria".
            if (Directions.Contains(W(i)) && W(i + 1) is "part" or "parts" && W(i + 2) is "of" && IsDefiniteDeterminer(i - 1))
            {
                int end = W(i + 3) is "the" && W(Math.Min(i + 4, _words.Length - 1)) is "country" ? i + 5
                    : _k.Names.Match(_text, _words, i + 3, _words.Length, out var known) is > 0 and var kl && known.Source == NameSource.Country ? i + 3 + kl : -1;
                if (end > 0)
                {
                    Add(MentionKind.Region, i - 1, end, EntityType.Loc, NominalName(i - 1, end));
                }
            }
        }

        for (int i = 1; i < _words.Length; i++)
        {
            if (W(i) is "country" or "capital" && W(i - 1) is "the" or "The" && !IsContentLower(i + 1))
            {
                var c = Add(MentionKind.PlaceAnaphor, i - 1, i + 1, EntityType.Gpe, "");
                c.Group = S(i);
            }
        }
    }

    private void FindNominalOrgs()
    {
        for (int i = 2; i < _words.Length; i++)
        {
            if (!OrgNouns.TryGetValue(W(i), out var agent) || IsContentLower(i + 1))
            {
                continue;
            }

            // "an Israeli parliamentary committee": article, demonym, up to two modifiers, head.
            for (int k = i - 1; k >= Math.Max(1, i - 3); k--)
            {
                if (DemonymAt(k) is { } country && W(k - 1) is "a" or "an" or "the" or "An" or "A" or "The")
                {
                    bool parliamentary = false;
                    for (int m = k + 1; m < i; m++)
                    {
                        parliamentary |= W(m) is "parliamentary" or "legislative";
                    }

                    var c = Add(MentionKind.NominalOrg, k - 1, i + 1, EntityType.Org, NominalName(k - 1, i + 1));
                    c.Country = country.Iso3;
                    c.Agent = parliamentary ? "LEG" : agent;
                    c.Group = TextOf(k - 1, i + 1);
                    break;
                }

                if (!IsContentLower(k))
                {
                    break;
                }
            }
        }
    }
}
