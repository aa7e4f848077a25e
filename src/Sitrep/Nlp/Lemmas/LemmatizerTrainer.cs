using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Lemmas;

/// <summary>Learns a <see cref="Lemmatizer"/> from CoNLL-U words: lookup table plus suffix rules.</summary>
internal static class LemmatizerTrainer
{
    public static Lemmatizer Train(IEnumerable<ConlluSentence> sentences)
    {
        var lemmaCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<SuffixRule, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var w in s.Words)
            {
                if (w.Lemma is "_" or "" || w.Xpos is "_" or "")
                {
                    continue;
                }

                bool proper = Lemmatizer.IsProper(w.Xpos);
                Count(lemmaCounts, Lemmatizer.Key(proper ? w.Form : w.Form.ToLowerInvariant(), w.Xpos), w.Lemma);

                // Suffix rules work on lower case, except for proper nouns.
                string form = proper ? w.Form : w.Form.ToLowerInvariant();
                string lemma = proper ? w.Lemma : w.Lemma.ToLowerInvariant();

                int common = 0;
                while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
                {
                    common++;
                }

                var rule = new SuffixRule(form.Length - common, lemma[common..]);
                for (int k = Math.Max(1, rule.Strip); k <= Lemmatizer.MaxSuffix && k < form.Length; k++)
                {
                    Count(ruleCounts, w.Xpos + "\u0001" + form[^k..], rule);
                }
            }
        }

        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byLemma) in lemmaCounts)
        {
            lemmas[key] = Best(byLemma);
        }

        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, byRule) in ruleCounts)
        {
            if (byRule.Values.Sum() >= 2)
            {
                rules[key] = Best(byRule);
            }
        }

        return new Lemmatizer(new SpanKeyedTable<string>(lemmas), new SpanKeyedTable<SuffixRule>(rules));
    }

    private static void Count<T>(Dictionary<string, Dictionary<T, int>> counts, string key, T value)
        where T : notnull
    {
        if (!counts.TryGetValue(key, out var byValue))
        {
            counts[key] = byValue = [];
        }

        byValue[value] = byValue.GetValueOrDefault(value) + 1;
    }

    // Most frequent; ties broken by the value's text so training is deterministic.
    private static T Best<T>(Dictionary<T, int> counts)
        where T : notnull =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal).First().Key;
}
