using System.Text;
using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>A quote found in the text, with the cue that introduced it (null for a quotation with no cue).</summary>
internal sealed record FoundQuote(Quote Quote, CueEntry? Cue, int Sentence);

/// <summary>
/// Finds the quotes of one document: direct quotations attached to their cue (before: "he said: “…”";
/// after: "“…,” Hague said"; split around the attribution), reported statements after a cue word
/// (indirect, or mixed when they hold quoted words), and the leftover quotations that read as
/// statements. Scare quotes and titles (short quotations with no cue) are left out. One instance per
/// document; not thread-safe (the annotator makes a new one per call).
/// </summary>
internal sealed class QuoteFinder
{
    private readonly string _text;
    private readonly List<TextSpan> _sentences;
    private readonly List<QuotedSpan> _quoted;
    private readonly SentenceWords _s;
    private readonly List<Word> _words;
    private readonly CueDetector _cues;
    private readonly PhraseReader _phrases;
    private readonly SpeakerResolver _resolver;
    private readonly List<FoundQuote> _found = [];
    private readonly List<CueHit> _hits = [];

    public QuoteFinder(AnnotatedDocument doc, CueLexicon lexicon)
    {
        _text = doc.Text;
        _sentences = SentenceFallback.Spans(doc);
        var quotations = new QuotationIndex(QuoteMarkScanner.Scan(_text));
        _quoted = quotations.All;
        _s = new SentenceWords(_text, quotations);
        _words = _s.Words;
        _cues = new CueDetector(_s, lexicon, doc.Tokens, doc.Syntax);
        _phrases = new PhraseReader(_s);
        _resolver = new SpeakerResolver(_text, doc.Entities, _sentences);
    }

    public List<TextSpan> Sentences => _sentences;

    public List<FoundQuote> Run(CancellationToken cancellationToken)
    {
        for (int s = 0; s < _sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ProcessSentence(s);
        }

        AttachLeftoverQuotations();
        _found.Sort((a, b) => a.Quote.Start.CompareTo(b.Quote.Start));
        return _found;
    }

    private void ProcessSentence(int s)
    {
        var sentence = _sentences[s];
        _s.Load(sentence.Start, sentence.End);
        _cues.FindCues(_hits);
        CueHit? previous = null;
        foreach (var hit in _hits)
        {
            AnalyseSubject(hit, previous, s);
            if (!hit.Invalid)
            {
                previous = hit;
            }
        }

        for (int i = 0; i < _hits.Count; i++)
        {
            var hit = _hits[i];
            if (hit.Invalid)
            {
                continue;
            }

            int limit = _words.Count;
            for (int j = i + 1; j < _hits.Count; j++)
            {
                if (!_hits[j].Invalid)
                {
                    limit = Math.Max(hit.Last + 1, _hits[j].ClauseStart);
                    if (_hits[j].Entry.Frame == CueFrame.According && hit.Entry.Frame != CueFrame.According)
                    {
                        // "X said …, according to Reuters": a chain; the source is kept, not a second quote.
                        hit.ReportedBy = _hits[j].Speaker.EntityId ?? _hits[j].Speaker.Name;
                        _hits[j].Invalid = true;
                    }

                    break;
                }
            }

            Extract(hit, limit, s);
        }
    }

    // ---- who is speaking -------------------------------------------------------------------

    private void AnalyseSubject(CueHit hit, CueHit? previous, int s)
    {
        switch (hit.Entry.Frame)
        {
            case CueFrame.Noun:
                // "there have been reports of …": the reports are the (unnamed) source.
                var noun = _words[hit.First];
                hit.Speaker = new SpeakerRef(new TextSpan(noun.Start, noun.End), null, _text.Substring(noun.Start, noun.Length), false);
                int j = hit.First - 1;
                while (j >= 0 && WordScanner.IsAnyOf(_text, _words[j], ["been", "have", "has", "had", "were", "was", "are", "is", "already", "also", "there", "many", "numerous", "several", "unconfirmed"]))
                {
                    j--;
                }

                hit.ClauseStart = j + 1;
                return;
            case CueFrame.According:
                var np = _phrases.NounPhraseRight(hit.Last + 1);
                hit.Speaker = np is { } a ? _resolver.Resolve(a, s) : default;
                return;
            case CueFrame.Hearsay:
                int be = hit.First - 1;
                var (sf, sl) = _phrases.SubjectLeftOf(be - 1);
                if (sf < 0)
                {
                    hit.Invalid = true;
                    return;
                }

                hit.SubjectFirst = sf;
                hit.SubjectLast = sl;
                hit.ClauseStart = sf;
                return;
        }

        int k = hit.First - 1;
        bool sawBe = false;
        while (k >= 0 && (_s.IsAdverb(_words[k]) || WordScanner.IsAnyOf(_text, _words[k], WordLists.Auxiliaries)))
        {
            sawBe |= WordScanner.IsAnyOf(_text, _words[k], WordLists.BeVerbs);
            k--;
        }

        if (sawBe)
        {
            // Passive: only "… was emphasised by X" names a speaker; "it was said" does not.
            int by = hit.Last + 1;
            if (by < _words.Count && WordScanner.Is(_text, _words[by], "by") && _phrases.ByPhrase(by + 1) is { } agent)
            {
                hit.Passive = true;
                hit.Speaker = _resolver.Resolve(agent, s);
                var (pf, pl) = _phrases.SubjectLeftOf(k);
                hit.SubjectFirst = pf;
                hit.SubjectLast = pl;
                hit.ClauseStart = pf >= 0 ? pf : hit.First;
            }
            else
            {
                hit.Invalid = true;
            }

            return;
        }

        if (k < 0)
        {
            hit.Invalid = !TrySpeakerAfterCue(hit, s);
            return;
        }

        var w = _words[k];
        if (_s.IsChar(k, ',') && _phrases.AppositiveNameBefore(k) is var (nf, nl) && nf >= 0)
        {
            // "…, Major General Yair Naveh, recently described …": the name between commas is the subject.
            hit.SubjectFirst = nf;
            hit.SubjectLast = nl;
            hit.ClauseStart = nf;
            hit.Speaker = _resolver.Resolve(_s.Span(nf, nl), s);
            _resolver.NotePerson(_words[nf].Start, s, hit.Speaker);
            return;
        }

        if (WordScanner.IsAnyOf(_text, w, ["and", "but", "or"]) || (_s.IsChar(k, ',') && previous is not null && !_s.IsClosingMarkBefore(k)))
        {
            // "he called for X and condemned Y": the second cue shares the first one's speaker.
            if (previous is null)
            {
                hit.Invalid = true;
                return;
            }

            hit.Speaker = previous.Speaker;
            hit.ClauseStart = k;
            return;
        }

        if (_s.IsClosingMark(w) || (_s.IsChar(k, ',') && _s.IsClosingMarkBefore(k)))
        {
            // "“…,” said Hague"
            hit.AfterQuote = true;
            hit.Invalid = !TrySpeakerAfterCue(hit, s);
            return;
        }

        if (WordScanner.IsAnyOf(_text, w, ["who", "which"]))
        {
            // "…, Nawaf al-Fares, who denounced …": the speaker is the name the relative clause hangs on.
            int a = k - 1;
            if (a >= 0 && _s.IsChar(a, ','))
            {
                a--;
            }

            var (af, al) = _phrases.SubjectLeftOf(a);
            hit.ClauseStart = k;
            if (af < 0)
            {
                hit.Invalid = true;
                return;
            }

            hit.Speaker = _resolver.Resolve(_s.Span(af, al), s);
            _resolver.NotePerson(_words[af].Start, s, hit.Speaker);
            return;
        }

        var (first, last) = _phrases.SubjectLeftOf(k);
        if (first < 0 || (first == 0 && first == last && hit.Last + 1 < _words.Count && _s.IsChar(hit.Last + 1, ',') && WordScanner.IsAnyOf(_text, _words[first], ["that", "this"])))
        {
            // No subject, or the idiom "That said, …".
            hit.Invalid = true;
            return;
        }

        hit.SubjectFirst = first;
        hit.SubjectLast = last;
        hit.ClauseStart = first;
        hit.Speaker = _resolver.Resolve(_s.Span(first, last), s);
        if (!WordScanner.IsAnyOf(_text, _words[first], WordLists.SubjectPronouns))
        {
            _resolver.NotePerson(_words[first].Start, s, hit.Speaker);
        }

        if (first > 0 && (_s.IsClosingMark(_words[first - 1]) || (_s.IsChar(first - 1, ',') && _s.IsClosingMarkBefore(first - 1))))
        {
            hit.AfterQuote = true;
        }
    }

    private bool TrySpeakerAfterCue(CueHit hit, int s)
    {
        if (_phrases.NounPhraseRight(hit.Last + 1) is not { } np)
        {
            return false;
        }

        hit.Speaker = _resolver.Resolve(np, s);
        _resolver.NotePerson(np.Start, s, hit.Speaker);
        hit.AfterQuote = true;
        return true;
    }

    // ---- what is said ----------------------------------------------------------------------

    private void Extract(CueHit hit, int limit, int s)
    {
        if (hit.AfterQuote)
        {
            AttachAfterQuote(hit, s);
            return;
        }

        // "he said: “…”", "declared, “…”": a quotation right after the cue is a direct quote.
        int k = hit.Last + 1;
        int colon = _s.FindColonQuote(k, 8);
        if (colon >= 0 && _s.QuotationOpeningAt(_words[colon + 1].Start) is { Used: false } afterColon)
        {
            AddDirect([afterColon], hit, s);
            return;
        }

        if (k < _words.Count && _s.IsChar(k, ','))
        {
            k++;
        }

        if (k < _words.Count && _s.QuotationOpeningAt(_words[k].Start) is { Used: false } q && StandsAlone(q) && ReadsAsStatement(q, minimumWords: 3))
        {
            AddDirect([q], hit, s);
            return;
        }

        if (hit.Passive)
        {
            AddPassiveContent(hit, s);
            return;
        }

        int start;
        switch (hit.Entry.Frame)
        {
            case CueFrame.Clause:
                start = _s.SkipCommasAndAdverbs(hit.Last + 1);
                if (start < _words.Count && WordScanner.Is(_text, _words[start], "that"))
                {
                    start++;
                }
                else if (start < _words.Count && WordScanner.IsAnyOf(_text, _words[start], WordLists.Prepositions))
                {
                    // "said in a statement that …"
                    int that = _s.FindWithin(start, 10, "that");
                    if (that < 0)
                    {
                        return;
                    }

                    start = that + 1;
                }

                break;
            case CueFrame.That:
                start = _s.SkipCommasAndAdverbs(hit.Last + 1) + 1;
                break;
            case CueFrame.Tell:
                int t = _s.FindWithin(hit.Last + 1, 6, "that");
                if (t < 0)
                {
                    return;
                }

                start = t + 1;
                break;
            case CueFrame.As:
                start = _s.FindWithin(hit.Last + 1, 8, "as") + 1;
                break;
            case CueFrame.Object:
                start = hit.Last + 1;
                if (start >= limit || _s.IsChar(start, '.'))
                {
                    AddRelativeGap(hit, s);
                    return;
                }

                break;
            case CueFrame.Noun:
                start = hit.Last + 1;
                break;
            case CueFrame.According:
                AddAccording(hit, s);
                return;
            case CueFrame.Hearsay:
                start = hit.SubjectFirst;
                break;
            default:
                return;
        }

        if (start <= 0 && hit.Entry.Frame != CueFrame.Hearsay)
        {
            return;
        }

        while (start < limit && _s.IsChar(start, ','))
        {
            start++;
        }

        if (start >= limit || _words[start].IsPunct && _s.QuotationOpeningAt(_words[start].Start) is null
            || WordScanner.IsAnyOf(_text, _words[start], ["and", "but", "or"])
            || (hit.Entry.Frame == CueFrame.Clause && WordScanner.IsAnyOf(_text, _words[start], ["how", "why", "what", "whether", "where", "when", "who", "if"])))
        {
            return; // nothing reported, or an indirect question ("explained how …"), not a statement
        }

        int end = ClauseEnd(start, limit);
        if (end < start)
        {
            return;
        }

        // "said X and that Y": two reported statements.
        if (hit.Entry.Frame is CueFrame.Clause or CueFrame.That or CueFrame.Tell)
        {
            for (int m = start + 1; m < end; m++)
            {
                if (WordScanner.Is(_text, _words[m], "and") && WordScanner.Is(_text, _words[m + 1], "that") && !_s.InsideQuotation(_words[m].Start))
                {
                    int firstEnd = TrimBack(start, m - 1);
                    if (firstEnd >= start)
                    {
                        AddReported(hit, s, _words[start].Start, _words[firstEnd].End);
                    }

                    start = m + 2;
                }
            }
        }

        if (start <= end)
        {
            AddReported(hit, s, _words[start].Start, _words[end].End);
        }
    }

    /// <summary>Last word index of the content starting at <paramref name="start"/>, before the limit, a semicolon or ", which …".</summary>
    private int ClauseEnd(int start, int limit)
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
    private int TrimBack(int start, int end)
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

    private void AddReported(CueHit hit, int s, int start, int end)
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

    /// <summary>"… a transitional government which the Security Council has called for": the object is the relative's antecedent.</summary>
    private void AddRelativeGap(CueHit hit, int s)
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
    private void AddAccording(CueHit hit, int s)
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
    private void AddPassiveContent(CueHit hit, int s)
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

    /// <summary>"“…,” Hague said" and the split form "“…,” Hague said, “…”".</summary>
    private void AttachAfterQuote(CueHit hit, int s)
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

    private void AddDirect(List<QuotedSpan> parts, CueHit? hit, int s)
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
    private void AttachLeftoverQuotations()
    {
        foreach (var q in _quoted)
        {
            if (q.Used || !ReadsAsStatement(q))
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

            int s = SentenceIndexAt(q.ContentStart);
            bool near = previous is not null && ParagraphBreaksBetween(previous.Quote.End, q.Open) <= 1;
            AddDirect([q], null, s);
            if (near)
            {
                var added = _found[^1];
                _found[^1] = added with { Quote = added.Quote with { Speaker = previous!.Quote.Speaker, SpeakerName = previous.Quote.SpeakerName } };
            }
        }
    }

    private bool ReadsAsStatement(QuotedSpan q, int minimumWords = 4)
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
    private bool StandsAlone(QuotedSpan q)
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

    // ---- small helpers ---------------------------------------------------------------------
}
