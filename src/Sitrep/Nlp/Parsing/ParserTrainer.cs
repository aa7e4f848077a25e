using Sitrep.Documents;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;

namespace Sitrep.Nlp.Parsing;

/// <summary>Settings for <see cref="ParserTrainer"/>; the defaults are the shipped model's.</summary>
public sealed record ParserTrainingOptions
{
    public int Iterations { get; init; } = 25;

    public int MoveHashBits { get; init; } = 22;

    public int LabelHashBits { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>From this iteration (0-based) on, follow the model's own move with probability <see cref="ExploreProbability"/>.</summary>
    public int ExploreFrom { get; init; } = 1;

    public double ExploreProbability { get; init; } = 0.9;

    public float Prune { get; init; } = 0.02f;

    /// <summary>
    /// How many parsers to train, with seeds <see cref="Seed"/>, Seed + 1, …, whose weights are then
    /// averaged into one model (<see cref="WeightAveraging"/>): the ensemble's mean score at one model's cost.
    /// </summary>
    public int Ensemble { get; init; } = 3;
}

/// <summary>
/// Trains a <see cref="DependencyParser"/> on CoNLL-U trees with the arc-hybrid dynamic oracle
/// (Goldberg and Nivre 2013): at each step the update goes toward the best-scoring move that loses no
/// gold arc, and with exploration the parser follows its own (possibly wrong) move, learning to
/// recover from its errors. Non-projective trees are made projective by lifting (<see cref="Projectivize"/>). Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains on the sentences' trees. <paramref name="tags"/> gives each sentence's (XPOS, UPOS) per word:
    /// pass the tagger's predictions so training sees the tags the parser will see; null uses the gold tags.
    /// </summary>
    public static DependencyParser Train(
        IReadOnlyList<ConlluSentence> sentences,
        IReadOnlyList<(string[] Xpos, string[] Upos)>? tags,
        ParserTrainingOptions options,
        Action<string>? log = null)
    {
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal) { ["root"] = 0 };
        var labels = new List<string> { "root" };
        var examples = new List<Example>();
        int skipped = 0, lifted = 0;
        for (int e = 0; e < sentences.Count; e++)
        {
            var s = sentences[e];
            int n = s.Count;
            var gold = new int[n];
            var goldLabels = new int[n];
            bool usable = true;
            for (int i = 0; i < n; i++)
            {
                var w = s.Words[i];
                if (w.Head < 0 || w.Head > n)
                {
                    usable = false;
                    break;
                }

                gold[i] = w.Head == 0 ? n : w.Head - 1;
                string label = w.Deprel;
                if (!labelIndex.TryGetValue(label, out int li))
                {
                    li = labelIndex[label] = labels.Count;
                    labels.Add(label);
                }

                goldLabels[i] = li;
            }

            if (usable && !IsProjectiveSingleRoot(gold) && Projectivize(gold))
            {
                lifted++;
            }

            if (!usable || !IsProjectiveSingleRoot(gold))
            {
                skipped++;
                continue;
            }

            var (text, tokens) = SentenceText.Join(s);
            var xpos = tags?[e].Xpos ?? s.Words.Select(w => w.Xpos).ToArray();
            var upos = tags?[e].Upos ?? s.Words.Select(w => w.Upos).ToArray();
            examples.Add(new Example(text, tokens, xpos, upos, gold, goldLabels));
        }

        log?.Invoke($"parser: {examples.Count} trees ({lifted} made projective by lifting), {skipped} skipped (several roots or incomplete), {labels.Count} labels");

        var runs = new List<(WeightTable Moves, WeightTable Arcs, WeightTable Labels)>();
        for (int run = 0; run < Math.Max(1, options.Ensemble); run++)
        {
            runs.Add(TrainOnce(examples, labels.Count, options, options.Seed + run, log));
        }

        return new DependencyParser(
            WeightAveraging.Average([.. runs.Select(r => r.Moves)], options.Prune),
            WeightAveraging.Average([.. runs.Select(r => r.Arcs)], options.Prune),
            WeightAveraging.Average([.. runs.Select(r => r.Labels)], options.Prune),
            [.. labels]);
    }

    private static (WeightTable Moves, WeightTable Arcs, WeightTable Labels) TrainOnce(
        List<Example> examples,
        int labelCount,
        ParserTrainingOptions options,
        int seed,
        Action<string>? log)
    {
        var moves = new PerceptronTrainer(options.MoveHashBits, ParserState.MoveCount);
        var arcs = new PerceptronTrainer(options.LabelHashBits, labelCount);
        var labeller = new PerceptronTrainer(options.LabelHashBits, labelCount);
        var hashes = new ParserFeatures.SentenceHashes();
        var state = new ParserState();
        var tree = new LabelFeatures.Tree();
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<int> f = stackalloc int[Math.Max(ParserFeatures.MaxFeatures, LabelFeatures.MaxFeatures)];
        Span<int> af = stackalloc int[ArcFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Math.Max(labelCount, 4)];
        Span<int> costs = stackalloc int[ParserState.MoveCount];
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            random.Shuffle(order);
            int correctMoves = 0, allMoves = 0, correctLabels = 0, allLabels = 0, correctArcs = 0, allArcs = 0;
            foreach (int e in order)
            {
                var ex = examples[e];
                int n = ex.Tokens.Length;
                hashes.Fill(ex.Text, ex.Tokens, ex.Xpos, ex.Upos);
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    int count = ParserFeatures.Extract(state, hashes, moves.Mask, f);
                    moves.Score(f[..count], scores);
                    int predicted = DependencyParser.BestLegal(state, scores);
                    int best = -1, minCost = int.MaxValue;
                    for (int m = 0; m < ParserState.MoveCount; m++)
                    {
                        costs[m] = state.IsLegal(m) ? state.Cost(m, ex.Gold) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[m]);
                    }

                    for (int m = 0; m < ParserState.MoveCount; m++)
                    {
                        if (costs[m] == minCost && (best < 0 || scores[m] > scores[best]))
                        {
                            best = m;
                        }
                    }

                    if (costs[predicted] > minCost)
                    {
                        moves.Update(f[..count], best, predicted);
                    }
                    else
                    {
                        correctMoves++;
                    }

                    moves.Tick();
                    allMoves++;
                    bool explore = iteration >= options.ExploreFrom && random.NextDouble() < options.ExploreProbability;
                    int move = explore ? predicted : best;
                    if (move == ParserState.Shift)
                    {
                        state.Apply(move);
                        continue;
                    }

                    // The online labeller names the arc now; it learns only from arcs the gold tree has.
                    var (head, dep) = state.ArcOf(move);
                    int label = 0;
                    if (head != n)
                    {
                        int arcCount = ArcFeatures.Extract(state, hashes, head, dep, arcs.Mask, af);
                        arcs.Score(af[..arcCount], scores);
                        scores[0] = float.NegativeInfinity;
                        label = WeightTable.ArgMax(scores, labelCount);
                        if (ex.Gold[dep] == head)
                        {
                            arcs.Update(af[..arcCount], ex.Labels[dep], label);
                            arcs.Tick();
                            correctArcs += label == ex.Labels[dep] ? 1 : 0;
                            allArcs++;
                        }
                    }

                    state.Apply(move, label);
                }

                // The labeller learns on the gold tree, labelling top-down with its own predicted labels.
                var heads = new int[n];
                for (int i = 0; i < n; i++)
                {
                    heads[i] = ex.Gold[i] == n ? -1 : ex.Gold[i];
                }

                tree.Build(heads);
                var isAux = new bool[n];
                for (int i = 0; i < n; i++)
                {
                    isAux[i] = ex.Upos[i] == "AUX";
                }

                for (int q = 0; q < n; q++)
                {
                    int d = tree.Order[q];
                    if (heads[d] < 0)
                    {
                        tree.Label[d] = 0;
                        continue;
                    }

                    int count = LabelFeatures.Extract(tree, hashes, isAux, state.ArcLabel, d, labeller.Mask, f);
                    labeller.Score(f[..count], scores);
                    scores[0] = float.NegativeInfinity;
                    int guess = WeightTable.ArgMax(scores, labelCount);
                    labeller.Update(f[..count], ex.Labels[d], guess);
                    labeller.Tick();
                    correctLabels += guess == ex.Labels[d] ? 1 : 0;
                    allLabels++;
                    tree.Label[d] = guess;
                }
            }

            log?.Invoke($"parser seed {seed} iteration {iteration + 1}/{options.Iterations}: moves {100.0 * correctMoves / allMoves:F2}%, online labels {100.0 * correctArcs / Math.Max(1, allArcs):F2}%, labels {100.0 * correctLabels / Math.Max(1, allLabels):F2}%");
        }

        return (moves.Finish(options.Prune), arcs.Finish(options.Prune), labeller.Finish(options.Prune));
    }

    /// <summary>
    /// Makes a non-projective tree projective by lifting (Nivre and Nilsson 2005, without encoding the
    /// lift in the label): the shortest crossing arc moves up to its head's head until no arc crosses.
    /// The parser then learns the nearest projective attachment instead of losing the whole sentence.
    /// False when the tree has a cycle or no single root, so it cannot be repaired.
    /// </summary>
    internal static bool Projectivize(int[] gold)
    {
        int n = gold.Length;
        for (int round = 0; round <= n * n; round++)
        {
            int worst = -1, worstSpan = int.MaxValue;
            for (int d = 0; d < n; d++)
            {
                int h = gold[d];
                if (h == n || h < 0 || h > n)
                {
                    continue;
                }

                int lo = Math.Min(h, d), hi = Math.Max(h, d);
                if (hi - lo < worstSpan && !Covers(gold, h, lo, hi))
                {
                    worst = d;
                    worstSpan = hi - lo;
                }
            }

            if (worst < 0)
            {
                return IsProjectiveSingleRoot(gold);
            }

            gold[worst] = gold[gold[worst]];
        }

        return false;
    }

    /// <summary>True when every word strictly between lo and hi descends from h.</summary>
    private static bool Covers(ReadOnlySpan<int> gold, int h, int lo, int hi)
    {
        int n = gold.Length;
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a != h && a != n && steps++ <= n)
            {
                a = gold[a];
            }

            if (a != h)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when no two arcs cross and exactly one word hangs from ROOT (index n).</summary>
    internal static bool IsProjectiveSingleRoot(ReadOnlySpan<int> gold)
    {
        int n = gold.Length;
        int roots = 0;
        for (int d = 0; d < n; d++)
        {
            int h = gold[d];
            if (h == n)
            {
                roots++;
                continue;
            }

            // Every word between a head and its dependent must descend from the head.
            if (!Covers(gold, h, Math.Min(h, d), Math.Max(h, d)))
            {
                return false;
            }
        }

        return roots == 1;
    }

    private sealed record Example(string Text, Token[] Tokens, string[] Xpos, string[] Upos, int[] Gold, int[] Labels);
}
