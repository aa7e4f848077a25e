using System.Buffers;
using Sitrep.Documents;

namespace Sitrep.Time.Internal;

internal enum TokenShape : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A token of the time scanner's own light tokenization: a run of letters, a run of digits, or one
/// other character. Independent of the ingest tokenizer so the stage works on bare text; the
/// document's sentences are used when present.
/// </summary>
internal struct TimeToken
{
    public int Start;
    public int End;
    public TokenShape Shape;
    public bool Capitalized;

    /// <summary>The token is the first of its sentence.</summary>
    public bool SentenceStart;
    public int Sentence;

    /// <summary>For numbers: the value (capped) and the digit count.</summary>
    public int Number;
    public int Digits;
    public WordInfo Info;
}

/// <summary>The tokens of one document, in a pooled buffer that <see cref="Dispose"/> returns.</summary>
internal sealed class TimeTokens : IDisposable
{
    private TimeToken[] _items;

    private TimeTokens(string text, TimeToken[] items, int count, int sentenceCount)
    {
        Text = text;
        _items = items;
        Count = count;
        SentenceCount = sentenceCount;
    }

    public string Text { get; }

    public int Count { get; }

    public int SentenceCount { get; }

    public ref TimeToken this[int index] => ref _items[index];

    /// <summary>The characters of a token; empty past either end, so look-ahead needs no bounds check.</summary>
    public ReadOnlySpan<char> Chars(int index) =>
        (uint)index < (uint)Count ? Text.AsSpan(_items[index].Start, _items[index].End - _items[index].Start) : [];

    public bool Is(int index, WordKind kind) => (uint)index < (uint)Count && _items[index].Info.Kind == kind;

    public bool IsPunct(int index, char c) =>
        (uint)index < (uint)Count && _items[index].Shape == TokenShape.Punct && Text[_items[index].Start] == c;

    public bool IsWord(int index, string word) =>
        (uint)index < (uint)Count && _items[index].Shape == TokenShape.Word && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>No space between token <paramref name="index"/> and the one before it.</summary>
    public bool TouchesPrevious(int index) => index > 0 && index < Count && _items[index].Start == _items[index - 1].End;

    public bool SameSentence(int a, int b) => (uint)a < (uint)Count && (uint)b < (uint)Count && _items[a].Sentence == _items[b].Sentence;

    public void Dispose()
    {
        var items = _items;
        _items = [];
        if (items.Length > 0)
        {
            ArrayPool<TimeToken>.Shared.Return(items);
        }
    }

    public static TimeTokens Scan(string text, IReadOnlyList<Sentence> sentences)
    {
        var items = ArrayPool<TimeToken>.Shared.Rent(Math.Max(16, text.Length / 3));
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            var token = default(TimeToken);
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                token.Shape = TokenShape.Word;
                token.Capitalized = char.IsUpper(c);
                token.Info = TimeLexicon.Lookup(text.AsSpan(start, i - start));
            }
            else if (char.IsAsciiDigit(c))
            {
                long value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (value < int.MaxValue / 10)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                token.Shape = TokenShape.Number;
                token.Number = (int)Math.Min(value, int.MaxValue);
                token.Digits = i - start;
            }
            else
            {
                i++;
                token.Shape = TokenShape.Punct;
            }

            token.Start = start;
            token.End = i;
            if (count == items.Length)
            {
                var bigger = ArrayPool<TimeToken>.Shared.Rent(items.Length * 2);
                items.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<TimeToken>.Shared.Return(items);
                items = bigger;
            }

            items[count++] = token;
        }

        int sentenceCount = sentences.Count > 0
            ? AssignGivenSentences(items.AsSpan(0, count), sentences)
            : SentenceGuesser.Assign(text, items.AsSpan(0, count));
        return new TimeTokens(text, items, count, sentenceCount);
    }

    /// <summary>Uses the document's own sentences (from the text stage) when it has them.</summary>
    private static int AssignGivenSentences(Span<TimeToken> tokens, IReadOnlyList<Sentence> sentences)
    {
        int s = 0;
        int previous = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            while (s < sentences.Count - 1 && tokens[t].Start >= sentences[s].End)
            {
                s++;
            }

            tokens[t].Sentence = s;
            tokens[t].SentenceStart = s != previous;
            previous = s;
        }

        return sentences.Count;
    }
}
