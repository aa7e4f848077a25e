using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Documents;
using Sitrep.Nlp.Ner.Internal;
using Sitrep.Pipeline;

namespace Sitrep.Nlp.Ner;

/// <summary>
/// The statistical named-entity recogniser ("ner"): labels person (PER), organisation (ORG) and
/// place (LOC) names in each sentence and sets <see cref="AnnotatedDocument.NerSpans"/>. Sentences are tagged one by one, then repeated names are made to agree
/// across the document (<c>Tlas</c> after <c>Manaf Tlas</c> is a person). Needs the
/// token layer, and reads the part-of-speech tags of the syntax layer (it is less accurate
/// without them); without sentences it reads the tokens as one sequence. It does not split LOC into
/// GPE/LOC nor find NORP and the other types: the entity stage does that with its gazetteers.
/// Thread-safe; the model is shared read-only.
/// </summary>
public sealed class NerAnnotator : IAnnotator
{
    private readonly NerModel _model;
    private readonly bool _documentLevel;

    /// <summary>Uses the model shipped with the library.</summary>
    public NerAnnotator()
        : this(NerModel.Default)
    {
    }

    /// <param name="model">The trained model.</param>
    /// <param name="documentLevel">
    /// Reconcile the types of repeated names across the document (on by default; off tags each
    /// sentence on its own).
    /// </param>
    public NerAnnotator(NerModel model, bool documentLevel = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _documentLevel = documentLevel;
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

        var names = new List<(int First, int End, int Type)>();
        byte[]? labels = null;
        List<NerSpan> spans;
        try
        {
            string text = document.Text;
            string[] xpos = document.Syntax.Xpos;
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
                var tags = xpos.Length == all.Length ? xpos.AsSpan(first, length) : [];
                _model.Tag(text, sentenceTokens, tags, labels);
                AddNames(labels.AsSpan(0, length), first, names);
            }

            if (_documentLevel)
            {
                DocumentNames.Reconcile(text, all, names);
                Span<int> starts = sentences.Count <= 256 ? stackalloc int[Math.Max(1, sentences.Count)] : new int[sentences.Count];
                for (int s = 0; s < sentences.Count; s++)
                {
                    starts[s] = sentences[s].FirstToken;
                }

                DocumentNames.AddRepeats(text, all, starts, names);
            }

            spans = new List<NerSpan>(names.Count);
            foreach (var (first, end, type) in names)
            {
                spans.Add(new NerSpan(first, end, NerLabels.Types[type], all[first].Start, all[end - 1].End));
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

    /// <summary>Reads the BIO labels of one sentence as names; an I- after a different type starts a new name.</summary>
    private static void AddNames(ReadOnlySpan<byte> labels, int offset, List<(int First, int End, int Type)> names)
    {
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : NerLabels.O;
            bool continues = NerLabels.IsInside(label) && NerLabels.TypeOf(label) == type;
            if (start >= 0 && !continues)
            {
                names.Add((offset + start, offset + i, type));
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
