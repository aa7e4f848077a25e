using Sitrep.Documents;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Internal;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Training;

/// <summary>
/// <c>sitrep train parser</c>: the dependency parser. It trains on tags predicted by jackknifing
/// (each fold tagged by a tagger trained on the other folds), so it learns from the kind of tags it
/// will get at run time rather than from perfect gold tags.
/// </summary>
public sealed class ParserModelTrainer : IModelTrainer
{
    public string Name => "parser";

    public string Description => "dependency parser (Universal Dependencies relations)";

    public string DefaultFileName => NlpModels.ParserFileName;

    public ParserTrainingOptions Options { get; init; } = new();

    /// <summary>Folds for jackknifed tags; 0 or 1 trains on gold tags.</summary>
    public int JackknifeFolds { get; init; } = 4;

    public PosTaggerTrainingOptions TaggerOptions { get; init; } = new() { Iterations = 6 };

    public void Train(string dataDirectory, string outputPath, Action<string> log, CancellationToken cancellationToken)
    {
        var sentences = TrainingData.ReadTraining(dataDirectory);
        log($"parser: {sentences.Count} training sentences, {sentences.Sum(s => s.Count)} words");
        // The jackknifed taggers are trained as the shipped tagger is (lexicon and word classes), so the
        // parser learns from tags with the errors the shipped tagger makes.
        var tags = JackknifeFolds > 1 ? Jackknife(sentences, TaggerModelTrainer.LoadLexicon(log), TaggerModelTrainer.LoadClusters(log), log, cancellationToken) : null;
        var parser = ParserTrainer.Train(sentences, tags, Options, log);
        cancellationToken.ThrowIfCancellationRequested();
        using var output = File.Create(outputPath);
        NlpModels.SaveParser(parser, output);
    }

    private (string[] Xpos, string[] Upos)[] Jackknife(List<ConlluSentence> sentences, WordLexicon lexicon, WordClusters clusters, Action<string> log, CancellationToken cancellationToken)
    {
        var result = new (string[] Xpos, string[] Upos)[sentences.Count];
        int correct = 0, total = 0;
        for (int fold = 0; fold < JackknifeFolds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = sentences.Where((_, i) => i % JackknifeFolds != fold).ToList();
            var tagger = PosTaggerTrainer.Train(train, TaggerOptions with { Lexicon = lexicon, Clusters = clusters });
            for (int i = fold; i < sentences.Count; i += JackknifeFolds)
            {
                var s = sentences[i];
                var (text, tokens) = SentenceText.Join(s);
                var classes = new int[s.Count];
                tagger.Tag(text, tokens, classes);
                var xpos = new string[s.Count];
                var upos = new string[s.Count];
                for (int k = 0; k < s.Count; k++)
                {
                    xpos[k] = tagger.Xpos(classes[k]);
                    upos[k] = tagger.Upos(classes[k]);
                    correct += upos[k] == s.Words[k].Upos ? 1 : 0;
                    total++;
                }

                result[i] = (xpos, upos);
            }

            log($"parser: jackknife fold {fold + 1}/{JackknifeFolds} tagged");
        }

        log($"parser: jackknifed UPOS accuracy {100.0 * correct / Math.Max(1, total):F2}%");
        return result;
    }
}
