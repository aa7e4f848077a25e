namespace Sitrep.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword ranges and empty nodes are not words here).</summary>
public sealed record ConlluWord(
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Misc);

/// <summary>
/// A CoNLL-U sentence: its words in order (word i has ID i + 1; Head is 1-based, 0 for the root, -1 when
/// the column is '_'), the <c># sent_id</c> and <c># text</c> comments, and where it was read from.
/// </summary>
public sealed record ConlluSentence(string? SentId, string? Text, IReadOnlyList<ConlluWord> Words)
{
    /// <summary>The file (or name) the sentence came from, for error messages and document grouping.</summary>
    public string Source { get; init; } = "";

    /// <summary>The <c># newdoc id</c> in force when the sentence was read, if any.</summary>
    public string? DocumentId { get; init; }

    public int Count => Words.Count;
}
