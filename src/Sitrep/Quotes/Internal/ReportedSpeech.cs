using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Reported speech: where the content of a cue ends (the next cue's clause, a semicolon, ", which"),
/// and the indirect or mixed quote it makes, including the object of a relative clause, "according
/// to" on either side, and the statement a passive "This was emphasised by X" points back to.
/// </summary>
internal sealed class ReportedSpeech
{
    private readonly SentenceWords _s;
    private readonly List<QuotedSpan> _quoted;
    private readonly string _text;
    private readonly List<Word> _words;
    private readonly List<TextSpan> _sentences;
    private readonly List<FoundQuote> _found;

    public ReportedSpeech(SentenceWords words, List<TextSpan> sentences, List<FoundQuote> found)
    {
        _s = words;
        _quoted = _s.Quotations.All;
        _text = _s.Text;
        _words = _s.Words;
        _sentences = sentences;
        _found = found;
    }

    /// <summary>Last word index of the content starting at <paramref name="start"/>, before the limit, a semicolon or ", which …".</summary>
    public int ClauseEnd(int start, int limit)
    {
        int end = limit - 1;
        for (int m = start; m < limit; m++)
        {
            if (_s.IsChar(m, ';'))
            {
                end = m - 1;
                break;
            }

            if (_s.IsChar(m, ',') && m + 1 < limit && WordScanner.IsAnyOf(_text, _words[m + 1], ["which", "who", "according"]) && !_s.InsideQuotation(_words[m].Start))
            {
                end = m - 1;
                break;
            }
        }

        return TrimBack(start, end);
    }

    /// <summary>Steps back over trailing punctuation (closing marks stay) and dangling connectors.</summary>
    public int TrimBack(int start, int end)
    {
        while (end >= start)
        {
            var w = _words[end];
            if (w.IsPunct && _text[w.Start] is '.' or ',' or ';' or ':' or '—' or '–' or '-' or '!' or '?')
            {
                end--;
                continue;
            }

            if (WordScanner.IsAnyOf(_text, w, ["and", "but", "or", "which", "that", "while", "who", "there"]))
            {
                end--;
                continue;
            }

            break;
        }

        return end;
    }

    public void AddReported(CueHit hit, int s, int start, int end)
    {
        TextSpan? direct = null;
        foreach (var q in _quoted)
        {
            if (q.Open >= start && q.Open < end)
            {
                q.Used = true;
                direct ??= new TextSpan(q.ContentStart, q.ContentEnd);
            }
        }

        var quote = new Quote
        {
            Start = start,
            End = end,
            Text = _text[start..end],
            Type = direct is null ? QuoteType.Indirect : QuoteType.Mixed,
            DirectSpan = direct,
            Speaker = hit.Speaker.EntityId,
            SpeakerName = hit.Speaker.Name,
            SpeakerMention = hit.Speaker.Mention,
            Cue = hit.CueSpan,
            ReportedBy = hit.ReportedBy,
        };
        _found.Add(new FoundQuote(quote, hit.Entry, s));
    }

    /// <summary>A statement in two pieces around its attribution: one quote spanning both, its text the two joined.</summary>
    public void AddParenthetical(CueHit hit, int s, TextSpan head, TextSpan tail)
    {
        TextSpan? direct = null;
        foreach (var q in _quoted)
        {
            if ((head.Contains(q.Open) || tail.Contains(q.Open)) && !q.Used)
            {
                q.Used = true;
                direct ??= new TextSpan(q.ContentStart, q.ContentEnd);
            }
        }

        var quote = new Quote
        {
            Start = head.Start,
            End = tail.End,
            Text = head.Text(_text) + " " + tail.Text(_text),
            Type = direct is null ? QuoteType.Indirect : QuoteType.Mixed,
            DirectSpan = direct,
            Speaker = hit.Speaker.EntityId,
            SpeakerName = hit.Speaker.Name,
            SpeakerMention = hit.Speaker.Mention,
            Cue = hit.CueSpan,
            ReportedBy = hit.ReportedBy,
        };
        _found.Add(new FoundQuote(quote, hit.Entry, s));
    }

    /// <summary>"… a transitional government which the Security Council has called for": the object is the relative's antecedent.</summary>
    public void AddRelativeGap(CueHit hit, int s)
    {
        int rel = hit.ClauseStart - 1;
        if (rel < 1 || !WordScanner.IsAnyOf(_text, _words[rel], ["which", "that"]))
        {
            return;
        }

        int first = -1;
        for (int m = rel - 1; m >= 0 && m >= rel - 8; m--)
        {
            if (_words[m].IsPunct)
            {
                break;
            }

            if (WordScanner.IsAnyOf(_text, _words[m], ["a", "an", "the"]))
            {
                first = m;
                break;
            }
        }

        if (first >= 0)
        {
            AddReported(hit, s, _words[first].Start, _words[rel - 1].End);
        }
    }

    /// <summary>"According to X, CONTENT." or "CONTENT, according to X."</summary>
    public void AddAccording(CueHit hit, int s)
    {
        int npEnd = hit.Last + 1;
        while (npEnd < _words.Count && !_words[npEnd].IsPunct)
        {
            npEnd++;
        }

        if (hit.First <= 1)
        {
            int start = npEnd + 1;
            int end = TrimBack(start, _words.Count - 1);
            if (start <= end && start < _words.Count)
            {
                AddReported(hit, s, _words[start].Start, _words[end].End);
            }

            return;
        }

        int before = TrimBack(0, hit.First - 1);
        if (before >= 0)
        {
            AddReported(hit, s, _words[0].Start, _words[before].End);
        }
    }

    /// <summary>"This was recently emphasised by X": the content is what "this" points to, the previous sentence's claim.</summary>
    public void AddPassiveContent(CueHit hit, int s)
    {
        if (hit.SubjectFirst < 0)
        {
            return;
        }

        if (hit.SubjectFirst == hit.SubjectLast && WordScanner.IsAnyOf(_text, _words[hit.SubjectFirst], ["this", "that", "it"]))
        {
            if (s == 0)
            {
                return;
            }

            var prev = _sentences[s - 1];
            var words = new List<Word>();
            WordScanner.Scan(_text, prev.Start, prev.End, words);
            int start = 0;
            for (int m = 1; m < words.Count - 1; m++)
            {
                if (WordScanner.Is(_text, words[m], "that"))
                {
                    start = m + 1;
                    break;
                }
            }

            int end = words.Count - 1;
            while (end > start && words[end].IsPunct && _text[words[end].Start] is '.' or '!' or '?')
            {
                end--;
            }

            if (start <= end)
            {
                var content = new TextSpan(words[start].Start, words[end].End);
                AddContent(hit, s, content);
            }

            return;
        }

        AddContent(hit, s, _s.Span(hit.SubjectFirst, hit.SubjectLast));
    }

    private void AddContent(CueHit hit, int s, TextSpan content)
    {
        var quote = new Quote
        {
            Start = content.Start,
            End = content.End,
            Text = content.Text(_text),
            Type = QuoteType.Indirect,
            Speaker = hit.Speaker.EntityId,
            SpeakerName = hit.Speaker.Name,
            SpeakerMention = hit.Speaker.Mention,
            Cue = hit.CueSpan,
            ReportedBy = hit.ReportedBy,
        };
        _found.Add(new FoundQuote(quote, hit.Entry, s));
    }
}
