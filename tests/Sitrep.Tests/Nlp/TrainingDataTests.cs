using Sitrep.Evaluation;
using Sitrep.Nlp;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Nlp;

public sealed class TrainingDataTests
{
    [SkippableFact]
    public void The_held_out_documents_are_never_training_files()
    {
        var data = SharedData.Require("training");
        var training = TrainingData.TrainingFiles(data).Select(Path.GetFileName).ToHashSet();
        var heldOut = TrainingData.EvaluationFiles(data);

        Assert.Equal(9, heldOut.Count);
        Assert.All(heldOut, f => Assert.True(File.Exists(f), f));
        Assert.All(heldOut, f => Assert.DoesNotContain(Path.GetFileName(f), training));
        Assert.Contains("en_ewt-ud-dev.conllu", training);
        Assert.Equal(8, Directory.GetFiles(Path.Combine(data, "gum"), "GUM_news_*.conllu").Length - training.Count(f => f!.StartsWith("GUM_news_", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Shipped_models_score_on_held_out_gum_news()
    {
        var data = SharedData.Require("training");
        var files = TrainingData.EvaluationFiles(data).Skip(1); // the eight GUM news documents
        var annotator = new SyntaxAnnotator();
        var rows = ConlluScorer.Score(files, d => annotator.Annotate(new Sitrep.Documents.AnnotatedDocument(d)))
            .ToDictionary(r => r.Metric);

        // Floors well below the measured figures (data/models/README.md): a regression alarm, not the target.
        Assert.True(rows["UPOS"].Gold > 6000);
        Assert.True(rows["UPOS"].Recall > 0.94, $"UPOS {rows["UPOS"].Recall:P2}");
        Assert.True(rows["Lemma"].Recall > 0.95, $"Lemma {rows["Lemma"].Recall:P2}");
        Assert.True(rows["UAS"].Recall > 0.77, $"UAS {rows["UAS"].Recall:P2}");
        Assert.True(rows["LAS"].Recall > 0.72, $"LAS {rows["LAS"].Recall:P2}");
    }
}
