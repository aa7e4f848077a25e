using System.Diagnostics;
using Sitrep.Evaluation;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Nlp.Ner;

/// <summary>What <see cref="NerTrainer.Train"/> needs; defaults are the settings of the shipped model.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The shared training folder (holds gum/ and uner-ewt/).</summary>
    public required string DataDirectory { get; init; }

    public int Epochs { get; init; } = 8;

    /// <summary>Seed of the per-epoch shuffle; same seed and data, same model, byte for byte.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>log2 of the number of rows in the hashed weight table.</summary>
    public int BucketBits { get; init; } = 18;

    /// <summary>
    /// When above 0, every Nth training document is kept out of training and scored after each epoch
    /// (for choosing settings; the shipped model trains on all).
    /// </summary>
    public int DevEvery { get; init; }

    /// <summary>Perceptrons trained with seeds Seed, Seed+1, …; the model averages their weights.</summary>
    public int Runs { get; init; } = 4;

    /// <summary>
    /// Chance, per token and epoch, that the token's word-identity features (its form, lower case and
    /// the word bigrams through it) are hidden while training: the model then learns to tag a name
    /// from its shape, context and the name lists too, instead of memorising the words of the small
    /// training set; unseen words at tagging time look like hidden ones.
    /// </summary>
    public double WordDropout { get; init; } = 0.25;

    /// <summary>
    /// How many times each UNER EWT dev sentence is learned from per epoch: the only web text (reviews,
    /// e-mails, answers) in the training data, against the larger GUM.
    /// </summary>
    public int UnerCopies { get; init; } = 2;

    /// <summary>When above 0, every Nth training sentence is also trained on in lower case.</summary>
    public int LowercaseEvery { get; init; }

    /// <summary>
    /// Use part-of-speech tags as features; the annotator then reads the syntax layer. Training tags
    /// come from taggers that did not see the sentence (see JackknifedTags): the shipped tagger was
    /// trained on these same sentences, and a model trained on its near-perfect tags over-trusts NNP.
    /// </summary>
    public bool PosTags { get; init; } = true;

    /// <summary>
    /// Folder of the name lists; the default is the repository's data/models/ner-gazetteer, relative to
    /// the working directory (run training from the repository root). Null trains without them.
    /// </summary>
    public string? GazetteerDirectory { get; init; } = DefaultGazetteerDirectory;

    /// <summary>Where the repository keeps the name lists, relative to its root.</summary>
    public const string DefaultGazetteerDirectory = "data/models/ner-gazetteer";
}

/// <summary>Trains the recogniser from the shared training data; the entry point of <c>sitrep train ner</c>.</summary>
public static class NerTrainer
{
    /// <summary>Number of folds for the lexicon's jackknife (see <see cref="Train"/>).</summary>
    private const int Folds = 5;

    /// <summary>
    /// Reads UNER EWT dev and the non-held-out GUM documents, trains an averaged structured perceptron
    /// and returns the model. The lexicon features of each training sentence come from a lexicon built
    /// without that sentence's fold, so the model learns how far to trust the lexicon on unseen text
    /// instead of memorising it. Deterministic. Progress goes to <paramref name="log"/>.
    /// </summary>
    public static NerModel Train(NerTrainingOptions options, TextWriter? log = null)
    {
        if (options.Epochs < 1 || options.BucketBits is < 10 or > 24)
        {
            throw new ArgumentException("epochs must be at least 1 and bucket bits between 10 and 24", nameof(options));
        }

        var clock = Stopwatch.StartNew();
        var all = NerDataSplit.Training(options.DataDirectory);
        var train = new List<NerSentence>();
        var dev = new List<NerSentence>();
        int documentIndex = -1;
        for (int i = 0; i < all.Count; i++)
        {
            // Whole documents go to dev, so the recogniser's document-level step is scored as it runs.
            if (i == 0 || all[i].Document != all[i - 1].Document)
            {
                documentIndex++;
            }

            (options.DevEvery > 0 && documentIndex % options.DevEvery == 0 ? dev : train).Add(all[i]);
        }

        var gazetteer = options.GazetteerDirectory is null ? NerGazetteer.Empty : NerGazetteer.Load(options.GazetteerDirectory);
        if (options.LowercaseEvery > 0)
        {
            int count = train.Count;
            for (int i = 0; i < count; i += options.LowercaseEvery)
            {
                train.Add(Lowercased(train[i]));
            }
        }

        // Folds are whole documents: a name repeated within one article must not vouch for itself,
        // or the model learns to trust the lexicon more than it deserves on a new article, where
        // most names are new (sentence folds put the other mentions of the same name in the lexicon).
        var foldOf = new int[train.Count];
        for (int i = 1, doc = 0; i < train.Count; i++)
        {
            doc += train[i].Document != train[i - 1].Document ? 1 : 0;
            foldOf[i] = doc % Folds;
        }

        var foldLexicons = new NerLexicon[Folds];
        for (int k = 0; k < Folds; k++)
        {
            int fold = k;
            foldLexicons[k] = NerLexicon.Build(train.Where((_, i) => foldOf[i] != fold), gazetteer);
        }

        var lexicon = NerLexicon.Build(train, gazetteer);
        var tags = options.PosTags ? JackknifedTags(train, options.DataDirectory, log) : null;
        var features = new uint[train.Count][];
        int tokens = 0, longest = 0;
        for (int i = 0; i < train.Count; i++)
        {
            var s = train[i];
            features[i] = new uint[s.Length * NerFeatures.PerToken];
            NerFeatures.Extract(s.Text, s.Tokens, tags is null ? [] : tags[i], foldLexicons[foldOf[i]], features[i]);
            tokens += s.Length;
            longest = Math.Max(longest, s.Length);
        }

        log?.WriteLine($"ner: {train.Count} training sentences, {tokens} tokens; lexicon {lexicon.WordCount} words, {lexicon.PhraseCount} names; features in {clock.Elapsed.TotalSeconds:F1}s");

        var emissions = new float[longest * NerLabels.Stride];
        var predicted = new byte[longest];
        var hidden = new uint[longest * NerFeatures.PerToken];
        float[]? weights = null, transitions = null;
        for (int run = 0; run < options.Runs; run++)
        {
            var trainer = new PerceptronTrainer(1 << options.BucketBits);
            var order = Enumerable.Range(0, train.Count)
                .SelectMany(i => Enumerable.Repeat(i, train[i].Source.StartsWith(Path.GetFileName(NerDataSplit.UnerDev), StringComparison.Ordinal) ? Math.Max(1, options.UnerCopies) : 1))
                .ToArray();
            var random = new Random(options.Seed + run);
            var dropout = new Random(options.Seed + run + 1000);
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order);
                int wrong = 0;
                foreach (int i in order)
                {
                    var seen = options.WordDropout > 0 ? NerFeatures.HideWords(features[i], dropout, options.WordDropout, hidden) : features[i];
                    wrong += trainer.Learn(seen, train[i].Labels, emissions, predicted);
                }

                string devScore = "";
                if (dev.Count > 0 && (epoch == options.Epochs || log is not null))
                {
                    var row = NerEvaluation.Score(trainer.Average(lexicon, options.PosTags), dev, "dev").First(r => r.Metric.EndsWith(" all", StringComparison.Ordinal));
                    devScore = $", dev P {row.Precision:P1} R {row.Recall:P1} F1 {row.F1:P1}";
                }

                log?.WriteLine($"ner: run {run + 1} epoch {epoch}: {wrong} training tokens wrong ({(double)wrong / tokens:P2}){devScore}, {clock.Elapsed.TotalSeconds:F1}s");
            }

            // Runs differ only in shuffle order; averaging their weights smooths the order's luck.
            var (w, t) = trainer.AveragedWeights();
            weights = Accumulate(weights, w);
            transitions = Accumulate(transitions, t);
        }

        Scale(weights!, 1f / options.Runs);
        Scale(transitions!, 1f / options.Runs);
        var model = new NerModel(weights!, transitions!, lexicon, options.PosTags);
        if (dev.Count > 0 && options.Runs > 1)
        {
            var row = NerEvaluation.Score(model, dev, "dev").First(r => r.Metric.EndsWith(" all", StringComparison.Ordinal));
            log?.WriteLine($"ner: {options.Runs} runs averaged: dev P {row.Precision:P2} R {row.Recall:P2} F1 {row.F1:P2}");
        }

        return model;
    }

    private static float[] Accumulate(float[]? sum, float[] values)
    {
        if (sum is null)
        {
            return values;
        }

        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] += values[i];
        }

        return sum;
    }

    private static void Scale(float[] values, float factor)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    /// <summary>
    /// Penn Treebank tags for the training sentences as a tagger that never saw them gives them: the
    /// tagger's own training data (GUM and EWT dev, the same sentences) is split into folds by document,
    /// a tagger is trained without each fold, and each sentence is tagged by the one that left it out.
    /// The shipped tagger has seen every one of these sentences and tags them almost perfectly, so a
    /// model trained on its tags over-trusts NNP ("Foreign Secretary" taken into a name); jackknifed
    /// tags carry the errors the tagger makes on new text. Sentences not in the tagger's data get
    /// the shipped tagger's tags.
    /// </summary>
    private static string[][] JackknifedTags(List<NerSentence> train, string dataDirectory, TextWriter? log)
    {
        var clock = Stopwatch.StartNew();
        var tagData = TrainingData.ReadTraining(dataDirectory);
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var folds = new int[tagData.Count];
        for (int i = 0; i < tagData.Count; i++)
        {
            string document = tagData[i].DocumentId ?? tagData[i].Source;
            folds[i] = (int)(FeatureHash.Chars(FeatureHash.Start, document) % Folds);
            foldOf.TryAdd(string.Join(' ', tagData[i].Words.Select(w => w.Form)), folds[i]);
        }

        // Trained as the shipped tagger is (WordNet lexicon and word classes), so the recogniser learns
        // from tags with the errors that tagger makes.
        var lexicon = Training.TaggerModelTrainer.LoadLexicon(m => log?.WriteLine(m));
        var clusters = Training.TaggerModelTrainer.LoadClusters(m => log?.WriteLine(m));
        var taggers = new Tagging.PosTagger[Folds];
        for (int k = 0; k < Folds; k++)
        {
            int fold = k;
            taggers[k] = Tagging.PosTaggerTrainer.Train([.. tagData.Where((_, i) => folds[i] != fold)], new Tagging.PosTaggerTrainingOptions { Lexicon = lexicon, Clusters = clusters });
        }

        var result = new string[train.Count][];
        int unmatched = 0;
        for (int i = 0; i < train.Count; i++)
        {
            var s = train[i];
            var words = new string[s.Length];
            for (int w = 0; w < s.Length; w++)
            {
                words[w] = s.Word(w).ToString();
            }

            Tagging.PosTagger tagger;
            if (foldOf.TryGetValue(string.Join(' ', words), out int f))
            {
                tagger = taggers[f];
            }
            else
            {
                tagger = NlpModels.DefaultTagger.Tagger;
                unmatched++;
            }

            var ids = new int[s.Length];
            tagger.Tag(s.Text, s.Tokens, ids);
            result[i] = [.. ids.Select(tagger.Xpos)];
        }

        log?.WriteLine($"ner: jackknifed part-of-speech tags from {Folds} taggers ({unmatched} sentences not in the tagger's data) in {clock.Elapsed.TotalSeconds:F1}s");
        return result;
    }

    /// <summary>A copy of the sentence in lower case: web text often writes names that way ("burger king in chicago").</summary>
    private static NerSentence Lowercased(NerSentence sentence) =>
        new(sentence.Document + " (lower-cased)", sentence.Source + " (lower-cased)", sentence.Text.ToLowerInvariant(), sentence.Tokens, sentence.Labels);
}
