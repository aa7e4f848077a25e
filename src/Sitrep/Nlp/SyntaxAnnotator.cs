using System.Buffers;
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

        var tokens = document.Tokens is Token[] array ? array : [.. document.Tokens];
        var upos = new string[count];
        var xpos = new string[count];
        var lemmas = new string[count];
        var heads = new int[count];
        var deprels = new string[count];
        var text = document.Text;
        var tags = ArrayPool<int>.Shared.Rent(count);
        var labels = ArrayPool<int>.Shared.Rent(count);
        try
        {
            int covered = 0;
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.FirstToken < covered || sentence.EndToken > count)
                {
                    continue; // overlapping or out of range: not a usable sentence
                }

                AnnotateRun(text, tokens, covered, sentence.FirstToken, tags, labels, upos, xpos, lemmas, heads, deprels, parse: false);
                AnnotateRun(text, tokens, sentence.FirstToken, sentence.EndToken, tags, labels, upos, xpos, lemmas, heads, deprels, parse: true);
                covered = sentence.EndToken;
            }

            AnnotateRun(text, tokens, covered, count, tags, labels, upos, xpos, lemmas, heads, deprels, parse: false);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<int>.Shared.Return(labels);
        }

        return document with { Syntax = new SyntaxLayer(upos, xpos, lemmas, heads, deprels) };
    }

    // Tags and lemmatizes tokens [first, end); parses them as one sentence when asked, otherwise each
    // token is its own root with relation "dep". An empty range does nothing.
    private void AnnotateRun(
        string text,
        Token[] tokens,
        int first,
        int end,
        int[] tags,
        int[] labels,
        string[] upos,
        string[] xpos,
        string[] lemmas,
        int[] heads,
        string[] deprels,
        bool parse)
    {
        int n = end - first;
        if (n <= 0)
        {
            return;
        }

        var span = tokens.AsSpan(first, n);
        var sentenceTags = tags.AsSpan(0, n);
        _tagger.Tag(text, span, sentenceTags);
        for (int i = 0; i < n; i++)
        {
            int t = first + i;
            xpos[t] = _tagger.Xpos(sentenceTags[i]);
            upos[t] = _tagger.Upos(sentenceTags[i]);
            lemmas[t] = _lemmatizer.Lemmatize(text.AsSpan(tokens[t].Start, tokens[t].Length), xpos[t]);
        }

        if (!parse)
        {
            for (int t = first; t < end; t++)
            {
                heads[t] = -1;
                deprels[t] = "dep";
            }

            return;
        }

        var sentenceHeads = heads.AsSpan(first, n);
        _parser.Parse(text, span, xpos.AsSpan(first, n), upos.AsSpan(first, n), sentenceHeads, labels.AsSpan(0, n));
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
