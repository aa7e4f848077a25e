using Sitrep.Events.Internal;

namespace Sitrep.Events.Validation;

/// <summary>The outcome for one record: what Sitrep coded and whether it is exactly what the record expects.</summary>
public sealed record RecordResult(PetrarchRecord Record, IReadOnlyList<EventTriple> Produced, bool Passed);

/// <summary>
/// Runs the coder on each record's text (never its parse) and compares the set of (source, target, code)
/// triples with the record's expected set: a record passes when the two sets are equal, so a record that
/// expects no events passes only when nothing is coded.
/// </summary>
public static class PetrarchValidator
{
    public static IReadOnlyList<RecordResult> Run(PetrarchRecordFile file, EventDictionaries dictionaries)
    {
        // PETRARCH's records expect its own readings: "will VERB" is the verb's code, pattern words match exactly,
        // a discard phrase drops the sentence.
        var coder = new EventCoder(dictionaries) { CodeFutureAsIntent = false, MatchPluralPatternWords = false, ScopeDiscards = false };
        var results = new List<RecordResult>(file.Records.Count);
        foreach (var record in file.Records)
        {
            var tokens = Sitrep.Text.Tokenizer.Default.Tokenize(record.Text);
            var coded = coder.Code(record.Text, tokens, 0, tokens.Count, record.Date);
            var produced = new List<EventTriple>();
            foreach (var e in coded)
            {
                var triple = new EventTriple(e.SourceCode ?? "---", e.TargetCode ?? "---", e.Cameo);
                if (!produced.Contains(triple))
                {
                    produced.Add(triple);
                }
            }

            var expected = new HashSet<EventTriple>(record.Error is null ? record.Expected : []);
            bool passed = expected.SetEquals(produced);
            results.Add(new RecordResult(record, produced, passed));
        }

        return results;
    }
}
