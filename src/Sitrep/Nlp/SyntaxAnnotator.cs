using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Documents;
using Sitrep.Nlp.Lemmas;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Pipeline;

namespace Sitrep.Nlp;

/// <summary>
/// The "syntax" stage: for each sentence, tags, lemmatizes and parses its tokens and sets
/// <see cref="AnnotatedDocument.Syntax"/> (arrays over all document tokens; heads are document token
/// indices, -1 for a sentence root). Needs tokens and sentences; with none, leaves the layer empty.
/// Tokens outside every sentence get tags and lemmas as a sentence of their own run. Thread-safe.
/// </summary>
public sealed class SyntaxAnnotator : IAnnotator
{
    private readonly PosTagger _tagger;
    private readonly Lemmatizer _lemmatizer;
    private readonly DependencyParser _parser;

    /// <summary>Uses the models shipped with Sitrep (loaded once, on first use).</summary>
    public SyntaxAnnotator()
        : this(NlpModels.DefaultTagger, NlpModels.DefaultParser)
    {
    }

    public SyntaxAnnotator(TaggerModel tagger, DependencyParser parser)
    {
        _tagger = tagger.Tagger;
        _lemmatizer = tagger.Lemmatizer;
        _parser = parser;
    }

    public string Name => "syntax";

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        int count = document.Tokens.Count;
        if (count == 0)
        {
            return document;
        }

        ReadOnlySpan<Token> tokens = document.Tokens switch
        {
            Token[] array => array,
            List<Token> list => CollectionsMarshal.AsSpan(list),
            var other => [.. other],
        };
        var upos = new string[count];
        var xpos = new string[count];
        var lemmas = new string[count];
        var heads = new int[count];
        var deprels = new string[count];
        var text = document.Text;

        // Sentences that can be parsed: in order, not overlapping, in range. Tokens between them
        // are tagged as runs of their own and left unparsed.
        var sentences = document.Sentences;
        var usable = ArrayPool<bool>.Shared.Rent(sentences.Count);
        var tags = ArrayPool<int>.Shared.Rent(count);
        var labels = ArrayPool<int>.Shared.Rent(count);
        try
        {
            // Two passes, each model over the whole document: the tagger and the parser each read
            // tens of megabytes of weights, and alternating them per sentence evicts one from the
            // cache for the other.
            int covered = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sentence = sentences[i];
                usable[i] = sentence.FirstToken >= covered && sentence.EndToken <= count;
                if (!usable[i])
                {
                    continue; // overlapping or out of range: not a usable sentence
                }

                TagRun(text, tokens, covered, sentence.FirstToken, tags, upos, xpos, lemmas);
                TagRun(text, tokens, sentence.FirstToken, sentence.EndToken, tags, upos, xpos, lemmas);
                covered = sentence.EndToken;
            }

            TagRun(text, tokens, covered, count, tags, upos, xpos, lemmas);

            Array.Fill(heads, -1);
            Array.Fill(deprels, "dep");
            for (int i = 0; i < sentences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (usable[i])
                {
                    Parse(text, tokens, sentences[i].FirstToken, sentences[i].EndToken, labels, upos, xpos, heads, deprels);
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(usable);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<int>.Shared.Return(labels);
        }

        return document with { Syntax = new SyntaxLayer(upos, xpos, lemmas, heads, deprels) };
    }

    // Tags and lemmatizes tokens [first, end) as one run. An empty range does nothing.
    private void TagRun(string text, ReadOnlySpan<Token> tokens, int first, int end, int[] tags, string[] upos, string[] xpos, string[] lemmas)
    {
        int n = end - first;
        if (n <= 0)
        {
            return;
        }

        var sentenceTags = tags.AsSpan(0, n);
        _tagger.Tag(text, tokens.Slice(first, n), sentenceTags);
        for (int i = 0; i < n; i++)
        {
            int t = first + i;
            xpos[t] = _tagger.Xpos(sentenceTags[i]);
            upos[t] = _tagger.Upos(sentenceTags[i]);
            lemmas[t] = _lemmatizer.Lemmatize(text.AsSpan(tokens[t].Start, tokens[t].Length), xpos[t]);
        }
    }

    // Parses the tagged tokens [first, end) as one sentence; heads become document token indices.
    private void Parse(string text, ReadOnlySpan<Token> tokens, int first, int end, int[] labels, string[] upos, string[] xpos, int[] heads, string[] deprels)
    {
        int n = end - first;
        if (n <= 0)
        {
            return;
        }

        var sentenceHeads = heads.AsSpan(first, n);
        _parser.Parse(text, tokens.Slice(first, n), xpos.AsSpan(first, n), upos.AsSpan(first, n), sentenceHeads, labels.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            if (sentenceHeads[i] >= 0)
            {
                sentenceHeads[i] += first;
            }

            deprels[first + i] = _parser.Labels[labels[i]];
        }
    }
}
