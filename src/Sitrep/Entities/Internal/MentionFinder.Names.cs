using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

/// <summary>Capitalised names: titles, gazetteer lookup, head words, particles, recogniser spans.</summary>
internal sealed partial class MentionFinder
{
    private static readonly WordSet NameParticles = new(false,
        "al", "el", "bin", "ibn", "bint", "Abu", "abu", "de", "da", "van", "von", "der", "la", "le", "del", "di");

    private void FindNames()
    {
        int i = 0;
        while (i < _words.Length)
        {
            if (!IsCap(i) || _inName[i])
            {
                i++;
                continue;
            }

            int end = CapitalisedRunEnd(i);
            ClassifyRun(i, end);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>A maximal run of capitalised words, joined by name particles or "of (the)" when a capital follows.</summary>
    private int CapitalisedRunEnd(int i)
    {
        int j = i;
        while (InRange(j) && SameSentence(i, j))
        {
            if (IsCap(j))
            {
                j++;
            }
            else if (NameParticles.Contains(W(j)) && IsCap(j + 1) && j > i)
            {
                j++;
            }
            else if (W(j) is "of" && j > i && (IsCap(j + 1) || (W(j + 1) is "the" && IsCap(j + 2))))
            {
                j += W(j + 1) is "the" ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        // A trailing connector is not part of the name.
        while (j > i && !IsCap(j - 1))
        {
            j--;
        }

        return j;
    }

    private void ClassifyRun(int first, int end)
    {
        int p = first;

        // Sentence-initial ordinary words ("Unfortunately", "Media", "Last") and dates are not names.
        while (p < end && (IsFunctionWord(p) || _k.NotNames.Contains(W(p)) || (p == first && SentenceInitial(p) && IsLowerCaseLexiconWord(p))
               || (p == first && SentenceInitial(p) && WrittenLowerCase(W(p)) && !KnownAt(p) && !_k.Titles.Contains(W(p)))))
        {
            p++;
        }

        while (p < end)
        {
            if (!IsCap(p))
            {
                p++; // a connector left between two names ("of")
                continue;
            }

            p = ClassifySegment(p, end);
        }
    }

    /// <summary>
    /// Reads one name from word <paramref name="p"/> of a capitalised run, with the titles before it
    /// ("NASA Administrator Charles Bolden": NASA, then "Administrator Charles Bolden"), and returns where the next one starts.
    /// </summary>
    private int ClassifySegment(int p, int end)
    {
        // Titles and demonyms before a name: "British Foreign Secretary", "Deputy Defence Minister General".
        int titleStart = p;
        string? nationality = null;
        while (p < end)
        {
            if (_k.Names.Match(_text, _words, p, end, out _) > 1)
            {
                break; // "General Assembly", "Prime Minister's Office" style names are names, not titles
            }

            if (_k.Titles.Contains(W(p)))
            {
                p++;
            }
            else if (p > titleStart && W(p) is "of" && p + 1 < end && _k.Titles.Contains(W(p + 1)))
            {
                p++; // "Secretary of State", "Minister of Defence"
            }
            else if (p > titleStart && W(p) is "of" && p + 2 < end && W(p + 1) is "the" && _k.Titles.Contains(W(p + 2)))
            {
                p += 2;
            }
            else if (DemonymAt(p) is { } c && p + 1 < end && (p == titleStart) && _k.Titles.Contains(W(p + 1)))
            {
                nationality = c.Iso3;
                p++;
            }
            else
            {
                break;
            }
        }

        if (p >= end)
        {
            return end; // only titles ("the Syrian President"): the role pass reads it
        }

        if (!IsCap(p))
        {
            return p; // titles ended at a connector ("Administrator of …"): no name here
        }

        // "Home Office", "State Department": what looked like a title is the start of an organisation's name.
        if (p == end - 1 && p > titleStart && _k.NameHeads.TryGetValue(W(p), out var headType) && headType == EntityType.Org)
        {
            MarkName(titleStart, end);
            Add(MentionKind.Name, titleStart, end, EntityType.Org, TextOf(titleStart, end));
            return end;
        }

        // "Biologist Nick Bos", "Yesterday Mohamed": an ordinary word written with a capital before an unknown name.
        while (p < end - 2 && p == titleStart && !_k.NameHeads.Contains(W(end - 1)) && WrittenLowerCase(W(p)) && !KnownAt(p) && _k.Names.Match(_text, _words, p, end, out _) == 0)
        {
            p++;
            titleStart = p;
        }

        var titleText = p > titleStart ? TextOf(titleStart, p) : null;
        int mentionStart = _words[titleStart].Start; // the gold convention: a person's mention includes the title
        if (titleText is not null && nationality is not null)
        {
            titleText = TextOf(titleStart + 1, p);
        }

        int before = _found.Count;
        int next = EmitNameAt(p, end, titleText, nationality);
        if (titleText is not null && _found.Count > before && _found[before].Type == EntityType.Person && _found[before].Kind == MentionKind.Name)
        {
            _found[before].Start = mentionStart;
        }

        return next;
    }


    /// <summary>"Rebels attacked …": a sentence-initial word that the lower-case word lists know (collectives, events, roles).</summary>
    private bool IsLowerCaseLexiconWord(int i) =>
        !_k.Titles.Contains(W(i)) && (_k.Collectives.Match(_text, _words, i, i + 1, out _) == 1 || _k.EventNouns.Match(_text, _words, i, i + 1, out _) == 1
            || _k.Roles.Match(_text, _words, i, i + 1, out _) == 1);

    private bool KnownAt(int i) => _k.Names.Match(_text, _words, i, i + 1, out _) == 1 || _k.Demonyms.Contains(W(i));

    /// <summary>Emits the name starting at <paramref name="p"/> inside the run and returns where the next one starts.</summary>
    private int EmitNameAt(int p, int end, string? title, string? nationality)
    {
        // Lexicon words that look like names are read by their own passes.
        if (_k.Religions.Match(_text, _words, p, end, out _) is > 0 and var rl)
        {
            // "Shia Islam", "Sunni Muslims": the religion pass reads the noun too.
            return p + rl < end && _k.ReligionNouns.Contains(W(p + rl)) ? p + rl + 1 : p + rl;
        }

        if (_k.Weapons.Match(_text, _words, p, end, out _) is > 0 and var wl)
        {
            return p + wl;
        }

        if (DemonymAt(p) is not null && _k.Names.Match(_text, _words, p, end, out _) == 0)
        {
            return p + 1;
        }

        int knownLength = _k.Names.Match(_text, _words, p, end, out var known);

        // "General Hassan Turkmani": after a title, or followed by more capitalised words, a city name is a given name.
        if (knownLength > 0 && known.Source == NameSource.City
            && (title is not null || (p + knownLength < end && IsCap(p + knownLength) && !_k.NameHeads.Contains(W(end - 1)))))
        {
            knownLength = 0;
        }

        bool runEndsInHead = end - p > knownLength && _k.NameHeads.Contains(W(end - 1)) && title is null;
        if (knownLength > 0 && !runEndsInHead)
        {
            if (known.Source == NameSource.City && known.Population < EntityKnowledge.WellKnownCityPopulation && !known.IsCapital)
            {
                // Small towns share names with common words and people; keep them only with a country in view.
                var candidate = Add(MentionKind.SingleName, p, p + knownLength, EntityType.Gpe, TextOf(p, p + knownLength));
                candidate.Known = known;
                MarkName(p, p + knownLength);
                return p + knownLength;
            }

            var c = Add(MentionKind.KnownName, p, p + knownLength, known.Type, known.Canonical);
            c.Known = known;
            c.Country = known.CountryIso3;
            MarkName(p, p + knownLength);
            return p + knownLength;
        }

        // An unknown name: the run up to the next known name inside it (unless the run ends in a head word).
        int stop = end;
        if (!runEndsInHead)
        {
            for (int q = p + 1; q < end; q++)
            {
                if (_k.Names.Match(_text, _words, q, end, out var inner) > 0 && inner.Source != NameSource.City && !IsNameParticleWord(q))
                {
                    stop = q;
                    break;
                }

                // "… Citation Index Professor Chomsky": a title inside a run starts the next name.
                if (_k.Titles.Contains(W(q)) && !_k.Titles.Contains(W(q - 1)) && q + 1 < end && IsCap(q + 1) && !_k.Titles.Contains(W(q + 1)))
                {
                    stop = q;
                    break;
                }
            }
        }

        while (stop > p + 1 && !IsCap(stop - 1))
        {
            stop--;
        }

        EmitUnknownName(p, stop, title, nationality);
        return stop;
    }

    private bool IsNameParticleWord(int q) => W(q).StartsWith("al-") || W(q).StartsWith("Al-");

    private void EmitUnknownName(int p, int stop, string? title, string? nationality)
    {
        MarkName(p, stop);
        int length = stop - p;
        string name = TextOf(p, stop);
        EntityType? type = null;

        if (_k.NameHeads.TryGetValue(W(stop - 1), out var headType) && title is null && length > 1)
        {
            type = headType;
        }
        else if (title is null && HeadBeforeOf(p, stop) is { } ofHead)
        {
            type = ofHead; // "Museum of Flight", "Medical Journal of Australia"
        }
        else if (length > 1 && NerLabelAt(p, stop) is { } nerType && (nerType is not (EntityType.Loc or EntityType.Gpe) || HasLocativeCue(p)))
        {
            // A single word waits: it may be the surname of someone named in full. A place the gazetteer
            // does not know needs a word that places something there ("at Cape Canaveral").
            type = nerType;
        }
        else if (title is not null)
        {
            type = EntityType.Person;
        }
        else if (length >= 2 && HasNameParticle(p, stop))
        {
            type = EntityType.Person;
        }
        else if (length >= 2 && length <= 4 && AllSimpleCapitalised(p, stop) && !HasCommonWord(p, stop))
        {
            type = EntityType.Person;
        }

        // "the Assad family", "the Assad regime": the name belongs to a bigger mention.
        if (InRange(stop) && length <= 2 && IsDefiniteDeterminer(p - 1))
        {
            var head = W(stop);
            if (head is "family" or "clan")
            {
                var fam = Add(MentionKind.Family, p - 1, stop + 1, EntityType.Person, name + " family");
                fam.Group = "family:" + LastName(name);
                fam.Definite = true;
                return;
            }

            if (head is "regime" or "government" or "administration")
            {
                var gov = Add(MentionKind.Collective, p - 1, stop + 1, EntityType.Org, "");
                gov.Group = "government";
                gov.Agent = "GOV";
                gov.Definite = true;
                gov.Owner = new Candidate { Kind = MentionKind.Name, First = p, End = stop, Start = _words[p].Start, Stop = _words[stop - 1].End, Name = name, Type = EntityType.Person };
                if (_k.Collectives.Match(_text, _words, stop, stop + 1, out var col) == 1)
                {
                    gov.Name = col.NameFormat;
                }

                MarkName(stop, stop + 1);
                return;
            }
        }

        if (type is null)
        {
            if (length == 1)
            {
                var single = Add(MentionKind.SingleName, p, stop, EntityType.Person, name);
                single.Title = title;
                single.Country = nationality;
                if (NerLabelAt(p, stop) is { } nerType && !IsOrdinaryCapitalisedWord(p) && (nerType is not (EntityType.Loc or EntityType.Gpe) || HasLocativeCue(p)))
                {
                    single.Type = nerType;
                    single.Group = "ner";
                }
                else if (_words[p].Is(WordShape.AllCaps) && W(p).Length >= 2)
                {
                    single.Type = EntityType.Org; // an unknown acronym
                }
            }

            return;
        }

        var c = Add(MentionKind.Name, p, stop, type.Value, name);
        c.Title = title;
        c.Country = nationality;
        if (type == EntityType.Person && title is not null)
        {
            c.Agent = AgentFromTitle(title);
        }
    }

    internal bool HasLocativeCue(int p) => p > 0 && W(p - 1) is "in" or "at" or "near" or "from" or "to" or "outside" or "across";

    /// <summary>A capitalised word that is not a name on its own: a title, a head word, or a word the document also writes in lower case.</summary>
    private bool IsOrdinaryCapitalisedWord(int p)
    {
        var w = W(p);
        return _k.Titles.Contains(w) || _k.NameHeads.Contains(w) || _k.NotNames.Contains(w) || WrittenLowerCase(w)
            || IsLowerCaseLexiconWord(p);
    }

    /// <summary>The type given by a head word standing right before an "of" inside the name, or null.</summary>
    private EntityType? HeadBeforeOf(int p, int stop)
    {
        for (int k = p + 1; k < stop - 1; k++)
        {
            if (W(k) is "of" && _k.NameHeads.TryGetValue(W(k - 1), out var type))
            {
                return type;
            }
        }

        return null;
    }

    private void MarkName(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            _inName[k] = true;
        }
    }

    /// <summary>
    /// True when a word of the run is written in lower case elsewhere in the document ("Space Shuttle
    /// Program": the text also says "space" and "shuttle"): title-case names of things, not of people.
    /// </summary>
    private bool HasCommonWord(int p, int stop)
    {
        for (int k = p; k < stop; k++)
        {
            if (WrittenLowerCase(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNameParticle(int p, int stop)
    {
        for (int k = p; k < stop; k++)
        {
            var w = W(k);
            if (w.StartsWith("al-") || w.StartsWith("el-") || w.StartsWith("Al-") || w.StartsWith("El-") || w is "bin" or "ibn" or "Abu" or "bint")
            {
                return true;
            }
        }

        return false;
    }

    private bool AllSimpleCapitalised(int p, int stop)
    {
        for (int k = p; k < stop; k++)
        {
            if (NameParticles.Contains(W(k)))
            {
                continue;
            }

            var shape = _words[k].Shape;
            if ((shape & WordShape.Capitalised) == 0 || (shape & WordShape.AllCaps) != 0 || _k.Titles.Contains(W(k)) || _k.NotNames.Contains(W(k)))
            {
                return false;
            }
        }

        return true;
    }

    private EntityType? NerLabelAt(int p, int stop)
    {
        int start = _words[p].Start, end = _words[stop - 1].End;
        foreach (var span in _ner)
        {
            if (span.Start < end && start < span.End)
            {
                return span.Label switch
                {
                    "PER" or "PERSON" => EntityType.Person,
                    "ORG" => EntityType.Org,
                    "LOC" => EntityType.Loc,
                    "GPE" => EntityType.Gpe,
                    "NORP" => EntityType.Norp,
                    "FAC" or "FACILITY" => EntityType.Facility,
                    "EVENT" => EntityType.Event,
                    _ => null,
                };
            }
        }

        return null;
    }

    internal static string LastName(string name)
    {
        int space = name.LastIndexOf(' ');
        var last = space >= 0 ? name[(space + 1)..] : name;
        foreach (var prefix in (string[])["al-", "el-", "Al-", "El-"])
        {
            if (last.StartsWith(prefix, StringComparison.Ordinal) && last.Length > prefix.Length)
            {
                return last[prefix.Length..];
            }
        }

        return last;
    }

    /// <summary>The CAMEO agent a title implies: an office before a rank (a defence minister who is a general is government).</summary>
    private string? AgentFromTitle(string title)
    {
        string? best = null;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int start = 0; start < words.Length; start++)
        {
            for (int len = words.Length - start; len >= 1; len--)
            {
                var phrase = string.Join(' ', words, start, len);
                if (_k.Roles.Match(phrase, WordSegmenter.Segment(phrase, []), 0, WordSegmenter.Segment(phrase, []).Length, out var role) > 0 && role.Agent is not null)
                {
                    if (role.Agent == "GOV")
                    {
                        return "GOV";
                    }

                    best ??= role.Agent;
                }
            }
        }

        return best;
    }
}
