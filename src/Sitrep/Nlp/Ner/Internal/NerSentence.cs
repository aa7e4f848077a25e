using Sitrep.Documents;

namespace Sitrep.Nlp.Ner.Internal;

/// <summary>
/// A training or evaluation sentence: the words joined by single spaces into <see cref="Text"/>,
/// token offsets into it, and the gold BIO label of each token. The recogniser sees the same
/// (text, tokens) shape at inference, so training and tagging share one feature path.
/// </summary>
internal sealed class NerSentence
{
    public NerSentence(string document, string source, string text, Token[] tokens, byte[] labels)
    {
        Document = document;
        Source = source;
        Text = text;
        Tokens = tokens;
        Labels = labels;
    }

    /// <summary>The document the sentence belongs to; consecutive sentences of one document are tagged together.</summary>
    public string Document { get; }

    /// <summary>Where the sentence came from (file and sentence id), for messages.</summary>
    public string Source { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public byte[] Labels { get; }

    public int Length => Tokens.Length;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Joins words with single spaces, recording each word's offsets.</summary>
    public static NerSentence FromWords(string document, string source, IReadOnlyList<string> words, byte[] labels)
    {
        var tokens = new Token[words.Count];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            int start = builder.Length;
            builder.Append(words[i]);
            tokens[i] = new Token(start, builder.Length);
        }

        return new NerSentence(document, source, builder.ToString(), tokens, labels);
    }

    /// <summary>The gold entities as (first token, end token, type) triples.</summary>
    public List<(int First, int End, int Type)> Spans() => NerSpanDecoder.Decode(Labels);
}

/// <summary>Turns a BIO label sequence into entity spans; a stray I- starts a new entity.</summary>
internal static class NerSpanDecoder
{
    public static List<(int First, int End, int Type)> Decode(ReadOnlySpan<byte> labels)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : NerLabels.O;
            bool continues = NerLabels.IsInside(label) && NerLabels.TypeOf(label) == type;
            if (start >= 0 && !continues)
            {
                spans.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (label != NerLabels.O && !continues)
            {
                start = i;
                type = NerLabels.TypeOf(label);
            }
        }

        return spans;
    }
}
