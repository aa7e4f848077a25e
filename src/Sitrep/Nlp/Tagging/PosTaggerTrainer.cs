using Sitrep.Documents;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Tagging;

/// <summary>Settings for <see cref="PosTaggerTrainer"/>; the defaults are the shipped model's.</summary>
public sealed record PosTaggerTrainingOptions
{
    public int Iterations { get; init; } = 6;

    public int HashBits { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>Rows whose largest averaged weight is below this are dropped from the model.</summary>
    public float Prune { get; init; } = 0.02f;

    /// <summary>A word goes in the tag dictionary when seen this often ...</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>... with one tag at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.99;

    /// <summary>How many of the most frequent training words get their word features summed at load time (speed only).</summary>
    public int VocabularySize { get; init; } = 20_000;

    /// <summary>Dictionary evidence for unseen words (WordNet); empty trains without it.</summary>
    public WordLexicon Lexicon { get; init; } = WordLexicon.Empty;

    /// <summary>Distributional word classes for unseen words; empty trains without them.</summary>
    internal WordClusters Clusters { get; init; } = WordClusters.Empty;
}

/// <summary>Trains a <see cref="PosTagger"/> on CoNLL-U sentences. Deterministic for a given seed and input order.</summary>
public static class PosTaggerTrainer
{
    public static PosTagger Train(IReadOnlyList<ConlluSentence> sentences, PosTaggerTrainingOptions options, Action<string>? log = null)
    {
        var classOf = new Dictionary<(string X, string U), int>();
        var xpos = new List<string>();
        var upos = new List<string>();
        var examples = new List<(string Text, Token[] Tokens, int[] Tags)>(sentences.Count);
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var (text, tokens) = SentenceText.Join(s);
            var tags = new int[s.Count];
            for (int i = 0; i < s.Count; i++)
            {
                var w = s.Words[i];
                var key = (w.Xpos, w.Upos);
                if (!classOf.TryGetValue(key, out int c))
                {
                    c = classOf[key] = xpos.Count;
                    xpos.Add(w.Xpos);
                    upos.Add(w.Upos);
                }

                tags[i] = c;
                if (!counts.TryGetValue(w.Form, out var byTag))
                {
                    counts[w.Form] = byTag = [];
                }

                byTag[c] = byTag.GetValueOrDefault(c) + 1;
            }

            examples.Add((text, tokens, tags));
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            var (best, bestCount) = byTag.MaxBy(p => (p.Value, -p.Key));
            if (total >= options.DictionaryMinCount && bestCount >= options.DictionaryMinShare * total)
            {
                dictionary[word] = best;
            }
        }

        var trainer = new PerceptronTrainer(options.HashBits, xpos.Count);
        var hashes = new TaggerFeatures.SentenceHashes();
        Span<int> buckets = stackalloc int[TaggerFeatures.MaxFeatures];
        var scores = new float[xpos.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int e in order)
            {
                var (text, tokens, gold) = examples[e];
                hashes.Fill(text, tokens, options.Lexicon, options.Clusters);
                int prev = -1, prev2 = -1;
                for (int i = 0; i < tokens.Length; i++)
                {
                    int guess;
                    if (dictionary.TryGetValue(text.Substring(tokens[i].Start, tokens[i].Length), out int known))
                    {
                        guess = known;
                    }
                    else
                    {
                        int n = TaggerFeatures.Extract(text, tokens, hashes, i, prev, prev2, trainer.Mask, buckets);
                        trainer.Score(buckets[..n], scores);
                        guess = WeightTable.ArgMax(scores, xpos.Count);
                        trainer.Update(buckets[..n], gold[i], guess);
                    }

                    trainer.Tick();
                    correct += guess == gold[i] ? 1 : 0;
                    total++;

                    // Condition on the predicted history, as at tagging time.
                    prev2 = prev;
                    prev = guess;
                }
            }

            log?.Invoke($"pos iteration {iteration + 1}/{options.Iterations}: training accuracy {100.0 * correct / total:F2}%");
        }

        var vocabulary = counts
            .Where(p => !dictionary.ContainsKey(p.Key))
            .Select(p => (Word: p.Key, Count: p.Value.Values.Sum()))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Word, StringComparer.Ordinal)
            .Take(options.VocabularySize)
            .Select(p => p.Word)
            .ToArray();
        return new PosTagger([.. xpos], [.. upos], trainer.Finish(options.Prune), new SpanKeyedTable<int>(dictionary), options.Lexicon, options.Clusters, vocabulary);
    }
}
