namespace Sitrep.Documents;

/// <summary>
/// A half-open range [Start, End) of .NET string indices into a document's text.
/// Every fact Sitrep reports carries one, so it can be highlighted in its sentence.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
