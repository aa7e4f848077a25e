using Sitrep.Documents;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the syntax layer against gold CoNLL-U on gold tokenization: the gold file's words become the
/// document's tokens (<see cref="ConlluInput"/>), the annotator runs, and each word's UPOS, XPOS, lemma,
/// head (UAS) and head + relation (LAS) are compared with the gold columns, over all words including
/// punctuation, as the CoNLL 2018 shared task counts them. Lemmas compare exactly (case-sensitive).
/// </summary>
public static class ConlluScorer
{
    public const string Layer = "syntax";

    public static IReadOnlyList<ScoreRow> Score(IEnumerable<string> goldFiles, Func<Document, AnnotatedDocument> annotate) =>
        Score(goldFiles, annotate, null);

    /// <summary>
    /// Scores, and counts each error in <paramref name="confusions"/> when given: "UPOS gold→predicted",
    /// "XPOS …", "Lemma …" (with the word) and "Deprel gold→predicted" for correctly attached words, "Head" by gold relation for wrongly attached ones.
    /// </summary>
    public static IReadOnlyList<ScoreRow> Score(IEnumerable<string> goldFiles, Func<Document, AnnotatedDocument> annotate, Dictionary<string, int>? confusions)
    {
        var counts = new Counts { Confusions = confusions };
        foreach (var file in goldFiles)
        {
            var sentences = ConlluReader.ReadFile(file);
            var documents = ConlluInput.ToDocuments(sentences, file);
            int next = 0;
            foreach (var document in documents)
            {
                var annotated = annotate(document);
                int sentenceCount = document.Preset!.Sentences.Count;
                counts.Add(annotated, sentences, next, sentenceCount);
                next += sentenceCount;
            }
        }

        return counts.Rows();
    }

    private sealed class Counts
    {
        private int _words, _upos, _xpos, _lemma, _uas, _las;

        public Dictionary<string, int>? Confusions { get; init; }

        private void Note(string kind, string gold, string predicted)
        {
            if (Confusions is not null && gold != predicted)
            {
                string key = $"{kind} {gold} -> {predicted}";
                Confusions[key] = Confusions.GetValueOrDefault(key) + 1;
            }
        }

        public void Add(AnnotatedDocument annotated, List<ConlluSentence> gold, int firstSentence, int sentenceCount)
        {
            var syntax = annotated.Syntax;
            bool ok = syntax.Upos.Length == annotated.Tokens.Count;
            for (int s = 0; s < sentenceCount; s++)
            {
                var sentence = annotated.Sentences[s];
                var words = gold[firstSentence + s].Words;
                for (int i = 0; i < words.Count; i++)
                {
                    _words++;
                    if (!ok)
                    {
                        continue;
                    }

                    int t = sentence.FirstToken + i;
                    var g = words[i];
                    _upos += syntax.Upos[t] == g.Upos ? 1 : 0;
                    _xpos += syntax.Xpos[t] == g.Xpos ? 1 : 0;
                    _lemma += syntax.Lemma[t] == g.Lemma ? 1 : 0;
                    Note("UPOS", g.Upos, syntax.Upos[t]);
                    Note("Word", $"{g.Form} {g.Upos}", $"{syntax.Upos[t]}");
                    Note("XPOS", g.Xpos, syntax.Xpos[t]);
                    if (syntax.Upos[t] == g.Upos)
                    {
                        Confusions?.Remove($"Word {g.Form} {g.Upos} -> {g.Upos}");
                    }

                    if (syntax.Lemma[t] != g.Lemma)
                    {
                        Note("Lemma", $"{g.Form}/{g.Xpos}:{g.Lemma}", syntax.Lemma[t]);
                    }

                    int head = syntax.Head[t] < 0 ? 0 : syntax.Head[t] - sentence.FirstToken + 1;
                    if (head != g.Head)
                    {
                        Note("Head", g.Deprel, "wrong head");
                    }
                    else
                    {
                        _uas++;
                        _las += syntax.Deprel[t] == g.Deprel ? 1 : 0;
                        Note("Deprel", g.Deprel, syntax.Deprel[t]);
                    }
                }
            }
        }

        public IReadOnlyList<ScoreRow> Rows() =>
        [
            ScoreRow.Accuracy(Layer, "UPOS", _upos, _words),
            ScoreRow.Accuracy(Layer, "XPOS", _xpos, _words),
            ScoreRow.Accuracy(Layer, "Lemma", _lemma, _words),
            ScoreRow.Accuracy(Layer, "UAS", _uas, _words),
            ScoreRow.Accuracy(Layer, "LAS", _las, _words),
        ];
    }
}
