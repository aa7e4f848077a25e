using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Documents;
using Sitrep.Nlp.Ner.Internal;
using Sitrep.Pipeline;

namespace Sitrep.Nlp.Ner;

/// <summary>
/// The statistical named-entity recogniser ("ner"): labels person (PER), organisation (ORG) and
/// place (LOC) names in each sentence and sets <see cref="AnnotatedDocument.NerSpans"/>. Needs the
/// token layer; without sentences it reads the tokens as one sequence. It does not split LOC into
/// GPE/LOC nor find NORP and the other types: the entity stage does that with its gazetteers.
/// Thread-safe; the model is shared read-only.
/// </summary>
public sealed class NerAnnotator : IAnnotator
{
    private readonly NerModel _model;

    /// <summary>Uses the model shipped with the library.</summary>
    public NerAnnotator()
        : this(NerModel.Default)
    {
    }

    public NerAnnotator(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    public string Name => "ner";

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        if (tokens.Count == 0)
        {
            return document.NerSpans.Count == 0 ? document : document with { NerSpans = [] };
        }

        Token[]? rented = null;
        ReadOnlySpan<Token> all;
        if (tokens is Token[] array)
        {
            all = array;
        }
        else if (tokens is List<Token> list)
        {
            all = CollectionsMarshal.AsSpan(list);
        }
        else
        {
            rented = ArrayPool<Token>.Shared.Rent(tokens.Count);
            for (int i = 0; i < tokens.Count; i++)
            {
                rented[i] = tokens[i];
            }

            all = rented.AsSpan(0, tokens.Count);
        }

        var spans = new List<NerSpan>();
        byte[]? labels = null;
        try
        {
            string text = document.Text;
            var sentences = document.Sentences;
            int count = sentences.Count == 0 ? 1 : sentences.Count;
            for (int s = 0; s < count; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int first = sentences.Count == 0 ? 0 : sentences[s].FirstToken;
                int length = sentences.Count == 0 ? all.Length : sentences[s].TokenCount;
                if (length <= 0 || first < 0 || first + length > all.Length)
                {
                    continue;
                }

                if (labels is null || labels.Length < length)
                {
                    if (labels is not null)
                    {
                        ArrayPool<byte>.Shared.Return(labels);
                    }

                    labels = ArrayPool<byte>.Shared.Rent(length);
                }

                var sentenceTokens = all.Slice(first, length);
                _model.Tag(text, sentenceTokens, labels);
                AddSpans(labels.AsSpan(0, length), sentenceTokens, first, spans);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Token>.Shared.Return(rented);
            }

            if (labels is not null)
            {
                ArrayPool<byte>.Shared.Return(labels);
            }
        }

        return document with { NerSpans = spans };
    }

    /// <summary>Reads the BIO labels of one sentence as spans; an I- after a different type starts a new name.</summary>
    private static void AddSpans(ReadOnlySpan<byte> labels, ReadOnlySpan<Token> tokens, int offset, List<NerSpan> spans)
    {
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : NerLabels.O;
            bool continues = NerLabels.IsInside(label) && NerLabels.TypeOf(label) == type;
            if (start >= 0 && !continues)
            {
                spans.Add(new NerSpan(offset + start, offset + i, NerLabels.Types[type], tokens[start].Start, tokens[i - 1].End));
                start = -1;
                type = -1;
            }

            if (label != NerLabels.O && !continues)
            {
                start = i;
                type = NerLabels.TypeOf(label);
            }
        }
    }
}
