using Sitrep.Events.Internal;

namespace Sitrep.Events.Validation;

/// <summary>One event Sitrep produced for a PLOVER record: type, the CAMEO code it came from, and actor codes.</summary>
public sealed record PloverEvent(string Event, string Cameo, IReadOnlyList<string> Source, IReadOnlyList<string> Target);

/// <summary>
/// The outcome for one PLOVER record. Event types are those of the 2016 PLOVER draft the gold file uses
/// (see <see cref="CameoInfo.LegacyPlover"/>). <see cref="Best"/> is the produced event of the gold type, else the
/// first one, preferring events with both a source and a target. An actor code counts as correct when a
/// produced code begins with a gold code (gold gives the country or IGO, "HUN"; Sitrep may add the sector,
/// "HUNGOV"). Events missing one actor are kept, as PLOVER records often have no target.
/// </summary>
public sealed record PloverResult(PloverRecord Record, IReadOnlyList<PloverEvent> Produced, PloverEvent? Best, bool EventCorrect, bool SourceCorrect, bool TargetCorrect);

public sealed record PloverScore(int Records, int EventCorrect, int WithSource, int SourceCorrect, int WithTarget, int TargetCorrect);

public static class PloverValidator
{
    public static IReadOnlyList<PloverResult> Run(IReadOnlyList<PloverRecord> records, EventDictionaries dictionaries)
    {
        // Each record is a document of one sentence: a role with no country takes the sentence's one country,
        // as the annotator gives it the document's focus country.
        var coder = new EventCoder(dictionaries, allowMissingActor: true) { RoleCountryFromSentence = true };
        var results = new List<PloverResult>(records.Count);
        foreach (var record in records)
        {
            var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(record.Text);
            var coded = coder.Code(record.Text, tokens, 0, tokens.Count, record.Date);

            // Events with the same trigger and type are one PLOVER event with compound actors.
            var produced = new List<PloverEvent>();
            var byKey = new Dictionary<(int, string), (List<string> S, List<string> T)>();
            foreach (var e in coded)
            {
                // The GSR is coded in the 2016 PLOVER draft: compare in its vocabulary.
                var plover = CameoCodes.Find(e.Cameo)?.LegacyPlover ?? "OTHER";
                if (!byKey.TryGetValue((e.TriggerToken, plover), out var actors))
                {
                    actors = ([], []);
                    byKey[(e.TriggerToken, plover)] = actors;
                    produced.Add(new PloverEvent(plover, e.Cameo, actors.S, actors.T));
                }

                if (e.SourceCode is { } s && !actors.S.Contains(s))
                {
                    actors.S.Add(s);
                }

                if (e.TargetCode is { } t && !actors.T.Contains(t))
                {
                    actors.T.Add(t);
                }
            }

            // The event of the gold type if there is one, else the first; a complete one (source and target) first.
            PloverEvent? best = produced.Find(p => p.Event == record.Event && p.Source.Count > 0 && p.Target.Count > 0)
                ?? produced.Find(p => p.Event == record.Event)
                ?? produced.Find(p => p.Source.Count > 0 && p.Target.Count > 0)
                ?? (produced.Count > 0 ? produced[0] : null);
            bool eventCorrect = best is not null && best.Event == record.Event;
            results.Add(new PloverResult(
                record,
                produced,
                best,
                eventCorrect,
                record.Source.Count > 0 && best is not null && Overlaps(best.Source, record.Source),
                record.Target.Count > 0 && best is not null && Overlaps(best.Target, record.Target)));
        }

        return results;
    }

    public static PloverScore Score(IReadOnlyList<PloverResult> results)
    {
        int ev = 0, ws = 0, sc = 0, wt = 0, tc = 0;
        foreach (var r in results)
        {
            ev += r.EventCorrect ? 1 : 0;
            ws += r.Record.Source.Count > 0 ? 1 : 0;
            sc += r.SourceCorrect ? 1 : 0;
            wt += r.Record.Target.Count > 0 ? 1 : 0;
            tc += r.TargetCorrect ? 1 : 0;
        }

        return new PloverScore(results.Count, ev, ws, sc, wt, tc);
    }

    private static bool Overlaps(IReadOnlyList<string> produced, IReadOnlyList<string> gold)
    {
        foreach (var p in produced)
        {
            // Phoenix codes Serbia and Montenegro as parts of the union (SCGSRB, SCGMNE); the GSR codes them alone.
            var own = p.StartsWith("SCG", StringComparison.OrdinalIgnoreCase) && p.Length >= 6 ? p.AsSpan(3) : p.AsSpan();
            // Phoenix keeps East Timor's pre-2002 ISO code (TMP) and writes UNITA as ANGREB; the GSR has TLS and AGO.
            if (own.Length >= 3 && ProducedAliases.TryGetValue(own[..3].ToString(), out var alias))
            {
                own = string.Concat(alias, own[3..]).AsSpan();
            }

            foreach (var g in gold)
            {
                var code = LegacyCodes.TryGetValue(g, out var current) ? current : g;
                if (p.StartsWith(code, StringComparison.OrdinalIgnoreCase) || own.StartsWith(code, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Country codes in the GSR that are not ISO 3166 (JAP, ITL, VTN), with the ISO codes CAMEO uses.
    private static readonly Dictionary<string, string> LegacyCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["VTN"] = "VNM",
    };

    // Country codes in the Phoenix dictionaries that are not current ISO 3166, with the codes the GSR uses.
    private static readonly Dictionary<string, string> ProducedAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TMP"] = "TLS",
        ["ANG"] = "AGO",
    };
}
