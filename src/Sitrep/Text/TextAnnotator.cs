using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>The "text" stage: sets <see cref="AnnotatedDocument.Tokens"/> and <see cref="AnnotatedDocument.Sentences"/>. Pure and thread-safe.</summary>
public sealed class TextAnnotator : IAnnotator
{
    private readonly Tokenizer _tokenizer;

    public TextAnnotator(Tokenizer? tokenizer = null)
    {
        _tokenizer = tokenizer ?? Tokenizer.Default;
    }

    public string Name => "text";

    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        // CoNLL-U input brings its own sentences and tokens (AnnotatedDocument copies them in): keep them.
        if (document.Document.Preset is not null)
        {
            return document;
        }

        var tokens = _tokenizer.Tokenize(document.Text);
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        return document with { Tokens = tokens, Sentences = sentences };
    }
}
