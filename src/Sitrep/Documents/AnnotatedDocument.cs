namespace Sitrep.Documents;

/// <summary>
/// A document with the layers the annotators have added. Immutable: an annotator returns a copy
/// with its own layer set (<c>doc with { Timex = … }</c>) and never touches another layer.
/// </summary>
public sealed record AnnotatedDocument
{
    public AnnotatedDocument(Document document)
    {
        Document = document;
        if (document.Preset is { } preset)
        {
            Tokens = preset.Tokens;
            Sentences = preset.Sentences;
        }
    }

    public Document Document { get; init; }

    public string Text => Document.Text;

    public IReadOnlyList<Token> Tokens { get; init; } = [];

    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    public SyntaxLayer Syntax { get; init; } = SyntaxLayer.Empty;

    /// <summary>Names found by the statistical recogniser (token ranges + label); input to the entity stage, not in the JSON.</summary>
    public IReadOnlyList<NerSpan> NerSpans { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Timex> Timex { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The claims ledger: predictions, accusations, denials, demands and claims drawn from <see cref="Quotes"/>.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Relation> Relations { get; init; } = [];

    /// <summary>The index of the sentence containing a character offset, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
