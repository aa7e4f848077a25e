using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Nlp.Ner.Internal;

namespace Sitrep.Nlp.Ner;

/// <summary>
/// Entity-level scores (exact span and label) on the held-out data, on gold tokenization:
/// UNER EWT test (PER/ORG/LOC) and the eight held-out GUM news documents (named persons,
/// organisations and places, read as <c>GumEntityReader</c> defines them).
/// </summary>
public static class NerEvaluation
{
    public const string Layer = "ner";

    /// <summary>
    /// Scores a model on both held-out sets; rows per type and "all" for each set. When
    /// <paramref name="errors"/> is given, each sentence with a missed or spurious name is written to it.
    /// Documents are tagged whole (after the syntax stage when the model reads tags), as in the default pipeline; with
    /// <paramref name="documentLevel"/> false, each sentence on its own.
    /// </summary>
    public static IReadOnlyList<ScoreRow> Evaluate(NerModel model, string dataDirectory, TextWriter? errors = null, bool documentLevel = true)
    {
        var rows = new List<ScoreRow>();
        rows.AddRange(Score(model, NerDataSplit.UnerTestSentences(dataDirectory), "UNER-EWT test", errors, documentLevel));
        rows.AddRange(Score(model, NerDataSplit.GumNewsTestSentences(dataDirectory), "GUM news held-out", errors, documentLevel));
        return rows;
    }

    internal static List<ScoreRow> Score(NerModel model, IReadOnlyList<NerSentence> sentences, string set, TextWriter? errors = null, bool documentLevel = true)
    {
        int types = NerLabels.Types.Length;
        var correct = new int[types];
        var predictedCount = new int[types];
        var goldCount = new int[types];
        var annotator = new NerAnnotator(model, documentLevel);
        var syntax = model.UsesPosTags ? new SyntaxAnnotator() : null;

        // Each document is tagged whole, as NerAnnotator sees an article, then scored sentence by sentence.
        for (int start = 0, end; start < sentences.Count; start = end)
        {
            end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document)
            {
                end++;
            }

            var (document, firstTokens) = ToDocument(sentences, start, end);
            var guessedBySentence = new List<(int First, int End, int Type)>[end - start];
            for (int k = 0; k < guessedBySentence.Length; k++)
            {
                guessedBySentence[k] = [];
            }

            // A model that reads part-of-speech tags gets the syntax stage first, as in the default pipeline.
            foreach (var span in annotator.Annotate(syntax is null ? document : syntax.Annotate(document)).NerSpans)
            {
                int k = Array.BinarySearch(firstTokens, span.FirstToken);
                k = k >= 0 ? k : ~k - 1;
                guessedBySentence[k].Add((span.FirstToken - firstTokens[k], span.EndToken - firstTokens[k], NerLabels.TypeIndex(span.Label)));
            }

            for (int k = start; k < end; k++)
            {
                var sentence = sentences[k];
                var guessed = guessedBySentence[k - start];
                var gold = sentence.Spans();
                foreach (var g in gold)
                {
                    goldCount[g.Type]++;
                }

                if (errors is not null)
                {
                    WriteErrors(errors, set, sentence, gold, guessed);
                }

                foreach (var p in guessed)
                {
                    predictedCount[p.Type]++;
                    if (gold.Contains(p))
                    {
                        correct[p.Type]++;
                    }
                }
            }
        }

        var rows = new List<ScoreRow>();
        for (int t = 0; t < types; t++)
        {
            rows.Add(new ScoreRow(Layer, $"{set} {NerLabels.Types[t]}", correct[t], predictedCount[t], goldCount[t]));
        }

        rows.Add(new ScoreRow(Layer, $"{set} all", correct.Sum(), predictedCount.Sum(), goldCount.Sum(), $"{sentences.Count} sentences, exact span and label"));
        return rows;
    }

    /// <summary>Sentences [start, end) as one document, one sentence per line, and each sentence's first token.</summary>
    private static (AnnotatedDocument Document, int[] FirstTokens) ToDocument(IReadOnlyList<NerSentence> sentences, int start, int end)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        var firstTokens = new int[end - start];
        for (int k = start; k < end; k++)
        {
            var sentence = sentences[k];
            int offset = text.Length;
            firstTokens[k - start] = tokens.Count;
            text.Append(sentence.Text).Append('\n');
            foreach (var token in sentence.Tokens)
            {
                tokens.Add(new Token(offset + token.Start, offset + token.End));
            }

            spans.Add(new Sentence(offset, offset + sentence.Text.Length, firstTokens[k - start], sentence.Length));
        }

        var document = new Document(sentences[start].Document, text.ToString(), new SourceInfo());
        return (new AnnotatedDocument(document) { Tokens = tokens, Sentences = spans }, firstTokens);
    }

    private static void WriteErrors(TextWriter errors, string set, NerSentence sentence, List<(int First, int End, int Type)> gold, List<(int First, int End, int Type)> guessed)
    {
        var missed = gold.Where(g => !guessed.Contains(g)).ToList();
        var spurious = guessed.Where(g => !gold.Contains(g)).ToList();
        if (missed.Count + spurious.Count == 0)
        {
            return;
        }

        errors.WriteLine($"{set}\t{sentence.Source}\t{sentence.Text}");
        errors.WriteLine($"\tmissed:   {Show(missed)}");
        errors.WriteLine($"\tspurious: {Show(spurious)}");

        string Show(List<(int First, int End, int Type)> spans) => string.Join(" | ", spans.Select(x =>
            sentence.Text[sentence.Tokens[x.First].Start..sentence.Tokens[x.End - 1].End] + "/" + NerLabels.Types[x.Type]));
    }
}
