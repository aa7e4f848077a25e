using System.Text;
using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Direct quotes: a quotation with its cue before or after it, a quotation split around its
/// attribution joined into one, and quotations no cue claimed that still read as statements.
/// </summary>
internal sealed class DirectQuotes
{
    private readonly SentenceWords _s;
    private readonly List<QuotedSpan> _quoted;
    private readonly string _text;
    private readonly List<Word> _words;
    private readonly List<TextSpan> _sentences;
    private readonly List<FoundQuote> _found;

    public DirectQuotes(SentenceWords words, List<TextSpan> sentences, List<FoundQuote> found)
    {
        _s = words;
        _quoted = _s.Quotations.All;
        _text = _s.Text;
        _words = _s.Words;
        _sentences = sentences;
        _found = found;
    }

    /// <summary>"“…,” Hague said" and the split form "“…,” Hague said, “…”".</summary>
    public void AttachAfterQuote(CueHit hit, int s)
    {
        int attributionStart = hit.SubjectFirst >= 0 ? Math.Min(hit.SubjectFirst, hit.First) : hit.First;
        QuotedSpan? before = null;
        foreach (var q in _quoted)
        {
            if (q.Closed && q.Close < _words[attributionStart].Start && !q.Used)
            {
                before = q;
            }
        }

        if (before is null || _text.AsSpan(before.Close + 1, _words[attributionStart].Start - before.Close - 1).Trim().Trim(",").Length > 0)
        {
            return;
        }

        // After the attribution: ", “…”" continues the same quotation.
        int after = Math.Max(hit.Last, hit.SubjectLast) + 1;
        if (hit.SubjectFirst < 0 && hit.Speaker.Mention is { } m)
        {
            while (after < _words.Count && _words[after].Start < m.End)
            {
                after++;
            }
        }

        if (after < _words.Count && _s.IsChar(after, ','))
        {
            after++;
        }

        var parts = new List<QuotedSpan> { before };
        if (after < _words.Count && _s.QuotationOpeningAt(_words[after].Start) is { Used: false } next && EndsMidSentence(before))
        {
            parts.Add(next);
        }

        AddDirect(parts, hit, s);
    }

    private bool EndsMidSentence(QuotedSpan q)
    {
        int e = q.ContentEnd;
        while (e > q.ContentStart && char.IsWhiteSpace(_text[e - 1]))
        {
            e--;
        }

        return e > q.ContentStart && _text[e - 1] is ',' or '—' or '–' or '-';
    }

    public void AddDirect(List<QuotedSpan> parts, CueHit? hit, int s)
    {
        var text = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            var q = parts[i];
            q.Used = true;
            for (int p = 0; p < q.Parts.Count; p++)
            {
                var (ps, pe) = q.Parts[p];
                var piece = _text.AsSpan(ps, pe - ps).Trim();
                if (p == q.Parts.Count - 1)
                {
                    // "“No,” he said": the comma belongs to the attribution, not the statement.
                    piece = i < parts.Count - 1 ? piece.TrimEnd(",—–- ") : piece.TrimEnd(", ");
                }

                if (text.Length > 0)
                {
                    text.Append(p > 0 ? "\n\n" : " ");
                }

                text.Append(piece);
            }
        }

        int end = parts[^1].ContentEnd;
        while (end > parts[^1].ContentStart && _text[end - 1] is ',' or ' ')
        {
            end--;
        }

        var quote = new Quote
        {
            Start = parts[0].ContentStart,
            End = end,
            Text = text.ToString(),
            Type = QuoteType.Direct,
            Speaker = hit?.Speaker.EntityId,
            SpeakerName = hit?.Speaker.Name,
            SpeakerMention = hit?.Speaker.Mention,
            Cue = hit?.CueSpan,
            ReportedBy = hit?.ReportedBy,
        };
        _found.Add(new FoundQuote(quote, hit?.Entry, s));
    }

    /// <summary>
    /// Quotations no cue claimed: a full statement (several words ending a sentence, or a multi-paragraph
    /// quotation) is a direct quote, credited to the speaker of the quote just before it in the same or the
    /// previous paragraph, as news writing does. A short fragment is a scare quote or a title: left out.
    /// </summary>
    public void AttachLeftoverQuotations()
    {
        foreach (var q in _quoted)
        {
            if (q.Used)
            {
                continue;
            }

            FoundQuote? previous = null;
            foreach (var f in _found)
            {
                if (f.Quote.End <= q.Open && (previous is null || f.Quote.End > previous.Quote.End))
                {
                    previous = f;
                }
            }

            // Right after a direct quote in the same paragraph even a short sentence ("But only just.") goes on speaking.
            bool near = previous is not null && ParagraphBreaksBetween(previous.Quote.End, q.Open) <= 1;
            bool continues = near && previous!.Quote.Type == QuoteType.Direct && ParagraphBreaksBetween(previous.Quote.End, q.Open) == 0;
            if (!ReadsAsStatement(q, continues ? 1 : 4))
            {
                continue;
            }

            AddDirect([q], null, SentenceIndexAt(q.ContentStart));
            if (near)
            {
                var added = _found[^1];
                _found[^1] = added with { Quote = added.Quote with { Speaker = previous!.Quote.Speaker, SpeakerName = previous.Quote.SpeakerName } };
            }
        }
    }

    public bool ReadsAsStatement(QuotedSpan q, int minimumWords = 4)
    {
        if (q.Parts.Count > 1)
        {
            return true;
        }

        int words = 0;
        bool inWord = false;
        for (int i = q.ContentStart; i < q.ContentEnd; i++)
        {
            bool letter = char.IsLetterOrDigit(_text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        var content = _text.AsSpan(q.ContentStart, q.ContentEnd - q.ContentStart).TrimEnd();
        bool endsSentence = content.Length > 0 && content[^1] is '.' or '!' or '?' or ',';
        bool capitalStart = content.Length > 0 && char.IsUpper(content[0]);
        return (words >= minimumWords && capitalStart && endsSentence) || words >= 12;
    }

    /// <summary>A quotation that is a whole statement, not a fragment inside a longer clause: nothing but punctuation follows it in its sentence.</summary>
    public bool StandsAlone(QuotedSpan q)
    {
        int i = q.OuterEnd;
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i >= _text.Length || _text[i] is '\n' or '.' or '!' or '?' || !q.Closed
            || (q.ContentEnd > q.ContentStart && _text[q.ContentEnd - 1] is '.' or '!' or '?' or ',');
    }

    private int ParagraphBreaksBetween(int start, int end)
    {
        int count = 0;
        for (int i = start; i < end - 1; i++)
        {
            if (_text[i] == '\n' && _text[i + 1] is '\n' or '\r')
            {
                count++;
            }
        }

        return count;
    }

    private int SentenceIndexAt(int offset)
    {
        for (int i = 0; i < _sentences.Count; i++)
        {
            if (_sentences[i].Contains(offset))
            {
                return i;
            }
        }

        return -1;
    }
}
