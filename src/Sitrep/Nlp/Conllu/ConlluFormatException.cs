namespace Sitrep.Nlp.Conllu;

/// <summary>A CoNLL-U file that cannot be read: the message names the file, the line and the problem.</summary>
public sealed class ConlluFormatException : Exception
{
    public ConlluFormatException(string message)
        : base(message)
    {
    }

    public ConlluFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ConlluFormatException()
    {
    }
}
