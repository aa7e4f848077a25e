namespace Sitrep.Dictionaries.Petrarch;

/// <summary>
/// A problem found while reading a dictionary: the line is skipped and loading goes on.
/// <see cref="ToString"/> gives the one-line form users see: <c>file:line: message</c>.
/// </summary>
public sealed record DictionaryIssue(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown only when a dictionary file cannot be read at all (missing, unreadable).</summary>
public sealed class DictionaryLoadException(string message, Exception? inner = null) : Exception(message, inner);
