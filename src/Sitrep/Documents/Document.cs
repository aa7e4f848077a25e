namespace Sitrep.Documents;

/// <summary>
/// One ingested article: the cleaned body text, its metadata, and what ingest cut from the raw input.
/// Immutable; the single owner of the text every later layer points into.
/// </summary>
public sealed record Document
{
    public Document(string id, string text, SourceInfo source)
    {
        Id = id;
        Text = text;
        Source = source;
    }

    public string Id { get; init; }

    /// <summary>The cleaned article body. All layer offsets index into this string.</summary>
    public string Text { get; init; }

    public SourceInfo Source { get; init; }

    /// <summary>Spans of the raw input removed by cleaning (offsets into the raw input).</summary>
    public IReadOnlyList<RemovedSpan> Removed { get; init; } = [];

    /// <summary>
    /// For each paragraph of <see cref="Text"/>, where it started in the raw input, so a body offset
    /// can be mapped back to the raw file. Paragraphs are separated by one blank line in <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<TextMapping> RawMap { get; init; } = [];

    /// <summary>
    /// Tokens and sentences given with the input (a CoNLL-U file), which the pipeline keeps instead of
    /// tokenizing; null for ordinary text. Lets a model be scored on gold tokenization.
    /// </summary>
    public PresetTokenization? Preset { get; init; }
}

/// <summary>A tokenization supplied with the input: tokens and sentences over <see cref="Document.Text"/>.</summary>
public sealed record PresetTokenization(IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences);

/// <summary>A run of body text that was copied unchanged from the raw input.</summary>
public readonly record struct TextMapping(int TextStart, int RawStart, int Length);
