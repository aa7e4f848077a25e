namespace Sitrep.Documents;

/// <summary>Why a stretch of the raw input is not part of the article body.</summary>
public enum RemovedKind
{
    Boilerplate,
    PullQuote,
    Byline,
    Caption,
    Header,
}

/// <summary>A stretch of the <em>raw input</em> (not of <see cref="Document.Text"/>) left out of the body.</summary>
public sealed record RemovedSpan(int Start, int End, RemovedKind Kind, string Text);
