using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// The words of the sentence being read, with the document's quotations, and the small questions every
/// reader asks of them ("is word k a comma?", "is there a 'that' within six words?"). One list reused
/// sentence after sentence; not thread-safe.
/// </summary>
internal sealed class SentenceWords
{
    private readonly string _text;
    private readonly List<Word> _words = [];

    private readonly IReadOnlyList<Timex> _timex;

    public SentenceWords(string text, QuotationIndex quotations, IReadOnlyList<Timex> timex)
    {
        _text = text;
        Quotations = quotations;
        _timex = timex;
    }

    public string Text => _text;

    public List<Word> Words => _words;

    public QuotationIndex Quotations { get; }

    public int Count => _words.Count;

    /// <summary>Reads the words of [start, end), replacing the previous sentence's.</summary>
    public void Load(int start, int end)
    {
        _words.Clear();
        WordScanner.Scan(_text, start, end, _words);
    }

    public bool Is(int k, string lower) => k >= 0 && k < _words.Count && WordScanner.Is(_text, _words[k], lower);

    public bool IsAnyOf(int k, ReadOnlySpan<string> lowers) => k >= 0 && k < _words.Count && WordScanner.IsAnyOf(_text, _words[k], lowers);

    public QuotedSpan? QuotationOpeningAt(int offset) => Quotations.OpeningAt(offset);

    public bool InsideQuotation(int offset) => Quotations.Inside(offset);

    public int SkipCommasAndAdverbs(int k)
    {
        while (k < _words.Count - 1 && (IsChar(k, ',') || IsAdverb(_words[k])))
        {
            k++;
        }

        return k;
    }

    public int FindWithin(int from, int maxWords, string word)
    {
        for (int k = from; k < _words.Count && k < from + maxWords; k++)
        {
            if (IsChar(k, '.') || IsChar(k, ';') || IsChar(k, ':'))
            {
                return -1;
            }

            if (WordScanner.Is(_text, _words[k], word))
            {
                return k;
            }
        }

        return -1;
    }

    public int FindColonQuote(int from, int maxWords)
    {
        for (int k = from; k < _words.Count - 1 && k < from + maxWords; k++)
        {
            if (IsChar(k, '.') || IsChar(k, ';'))
            {
                return -1;
            }

            if (IsChar(k, ':') && Quotations.OpeningAt(_words[k + 1].Start) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    public bool IsPassiveBefore(int first)
    {
        int j = first - 1;
        while (j >= 0 && IsAdverb(_words[j]))
        {
            j--;
        }

        return j >= 0 && WordScanner.IsAnyOf(_text, _words[j], WordLists.BeVerbs);
    }

    public bool OpensQuotationAfterColon(int k) =>
        k + 1 < _words.Count && IsChar(k, ':') && Quotations.OpeningAt(_words[k + 1].Start) is not null;

    public bool IsClosingMarkBefore(int k) => k > 0 && IsClosingMark(_words[k - 1]);

    public bool IsClosingMark(Word w) => w.IsPunct && Quotations.ClosesAt(w.Start);

    public bool IsChar(int k, char c) => k >= 0 && k < _words.Count && WordScanner.IsChar(_text, _words[k], c);

    public bool IsAdverb(Word w)
    {
        if (w.IsPunct)
        {
            return false;
        }

        if (WordScanner.IsAnyOf(_text, w, WordLists.Adverbs))
        {
            return true;
        }

        var s = _text.AsSpan(w.Start, w.Length);
        return s.Length >= 6 && char.IsLower(s[0]) && s.EndsWith("ly", StringComparison.Ordinal)
            && !s.Equals("family", StringComparison.Ordinal) && !s.Equals("assembly", StringComparison.Ordinal) && !s.Equals("monopoly", StringComparison.Ordinal);
    }

    public TextSpan Span(int first, int last) => new(_words[first].Start, _words[last].End);

    /// <summary>"said on Tuesday the …", "said last week that …": steps over a time expression after the cue.</summary>
    public int SkipTimePhrase(int k)
    {
        if (k >= _words.Count)
        {
            return k;
        }

        int at = _words[k].Start;
        if (IsAnyOf(k, ["on", "in", "at", "during", "late", "early"]) && k + 1 < _words.Count)
        {
            at = _words[k + 1].Start;
        }

        int end = -1;
        foreach (var t in _timex)
        {
            if (t.Start == at || t.Start == _words[k].Start)
            {
                end = t.End;
                break;
            }
        }

        if (end < 0 && k + 1 < _words.Count && IsAnyOf(k, ["on"]) && IsAnyOf(k + 1, WordLists.Weekdays))
        {
            end = _words[k + 1].End;
        }

        if (end < 0)
        {
            return k;
        }

        int m = k;
        while (m < _words.Count && _words[m].Start < end)
        {
            m++;
        }

        return m < _words.Count && IsChar(m, ',') ? m + 1 : m;
    }
}
