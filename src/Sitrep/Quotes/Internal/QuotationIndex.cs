namespace Sitrep.Quotes.Internal;

/// <summary>The document's quotations in text order, with fast look-ups by offset.</summary>
internal sealed class QuotationIndex
{
    private readonly List<QuotedSpan> _spans;
    private readonly HashSet<int> _closes = [];

    public QuotationIndex(List<QuotedSpan> spans)
    {
        _spans = spans;
        foreach (var q in spans)
        {
            if (q.Closed)
            {
                _closes.Add(q.Close);
            }
        }
    }

    public List<QuotedSpan> All => _spans;

    /// <summary>The quotation whose opening mark is at <paramref name="offset"/>, or null.</summary>
    public QuotedSpan? OpeningAt(int offset)
    {
        int i = LastOpeningAtOrBefore(offset);
        return i >= 0 && _spans[i].Open == offset ? _spans[i] : null;
    }

    /// <summary>True when <paramref name="offset"/> is inside a quotation's words.</summary>
    public bool Inside(int offset)
    {
        int i = LastOpeningAtOrBefore(offset);
        return i >= 0 && offset >= _spans[i].ContentStart && offset < _spans[i].ContentEnd;
    }

    public bool ClosesAt(int offset) => _closes.Contains(offset);

    // Quotations never overlap and are found in text order, so a binary search on the opening mark works.
    private int LastOpeningAtOrBefore(int offset)
    {
        int lo = 0, hi = _spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Open <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
