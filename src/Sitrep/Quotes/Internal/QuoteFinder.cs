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
    private readonly List<TextSpan> _sentences;
    private readonly SentenceWords _s;
    private readonly string _text;
    private readonly List<Word> _words;
    private readonly CueDetector _cues;
    private readonly SpeakerFinder _speakers;
    private readonly ReportedSpeech _reported;
    private readonly DirectQuotes _direct;
    private readonly List<FoundQuote> _found = [];
    private readonly List<CueHit> _hits = [];

    public QuoteFinder(AnnotatedDocument doc, CueLexicon lexicon)
    {
        _sentences = SentenceFallback.Spans(doc);
        _s = new SentenceWords(doc.Text, new QuotationIndex(QuoteMarkScanner.Scan(doc.Text)));
        _text = _s.Text;
        _words = _s.Words;
        _cues = new CueDetector(_s, lexicon, doc.Tokens, doc.Syntax);
        _speakers = new SpeakerFinder(_s, new PhraseReader(_s), new SpeakerResolver(doc.Text, doc.Entities, _sentences));
        _reported = new ReportedSpeech(_s, _sentences, _found);
        _direct = new DirectQuotes(_s, _sentences, _found);
    }

    public List<TextSpan> Sentences => _sentences;

    public List<FoundQuote> Run(CancellationToken cancellationToken)
    {
        for (int s = 0; s < _sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ProcessSentence(s);
        }

        _direct.AttachLeftoverQuotations();
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
            _speakers.AnalyseSubject(hit, previous, s);
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

    /// <summary>"X, he said, Y": commas around subject and cue, words on both sides, the first cue of its sentence.</summary>
    private bool IsParenthetical(CueHit hit, int limit)
    {
        int before = hit.SubjectFirst - 1;
        int after = hit.Last + 1;
        if (hit.SubjectFirst < 0 || before < 3 || !_s.IsChar(before, ',') || !_s.IsChar(after, ',') || after + 1 >= limit || _s.Is(after + 1, "that"))
        {
            return false;
        }

        foreach (var other in _hits)
        {
            if (other != hit && !other.Invalid && other.Last < hit.First)
            {
                return false;
            }
        }

        return _reported.TrimBack(after + 1, limit - 1) > after + 1;
    }

    /// <summary>Turns one cue into quotes: a direct quotation beside it, or the reported content its frame takes.</summary>
    private void Extract(CueHit hit, int limit, int s)
    {
        if (hit.AfterQuote)
        {
            _direct.AttachAfterQuote(hit, s);
            return;
        }

        // "he said: “…”", "declared, “…”": a quotation right after the cue is a direct quote.
        int k = hit.Last + 1;
        int colon = _s.FindColonQuote(k, 8);
        if (colon >= 0 && _s.QuotationOpeningAt(_words[colon + 1].Start) is { Used: false } afterColon)
        {
            _direct.AddDirect([afterColon], hit, s);
            return;
        }

        if (k < _words.Count && _s.IsChar(k, ','))
        {
            k++;
        }

        if (k < _words.Count && _s.QuotationOpeningAt(_words[k].Start) is { Used: false } q && _direct.StandsAlone(q) && _direct.ReadsAsStatement(q, minimumWords: 3))
        {
            _direct.AddDirect([q], hit, s);
            return;
        }

        if (hit.Passive)
        {
            _reported.AddPassiveContent(hit, s);
            return;
        }

        if (hit.Entry.Frame is CueFrame.Clause or CueFrame.That && IsParenthetical(hit, limit))
        {
            // "The talks, he said, had failed.": the statement runs on both sides of the attribution.
            int tailStart = hit.Last + 2;
            int tailEnd = _reported.TrimBack(tailStart, limit - 1);
            int headEnd = _reported.TrimBack(0, hit.SubjectFirst - 2);
            _reported.AddParenthetical(hit, s, new TextSpan(_words[0].Start, _words[headEnd].End), new TextSpan(_words[tailStart].Start, _words[tailEnd].End));
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
                    _reported.AddRelativeGap(hit, s);
                    return;
                }

                break;
            case CueFrame.Noun:
                start = hit.Last + 1;
                break;
            case CueFrame.According:
                _reported.AddAccording(hit, s);
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

        int end = _reported.ClauseEnd(start, limit);
        if (end < start || (end == start && _s.IsAnyOf(start, ["it", "this", "that", "so", "them", "him", "her", "nothing", "everything"])))
        {
            return; // "nobody claimed it": a pronoun object reports no proposition
        }

        // "said X and that Y": two reported statements.
        if (hit.Entry.Frame is CueFrame.Clause or CueFrame.That or CueFrame.Tell)
        {
            for (int m = start + 1; m < end; m++)
            {
                if (WordScanner.Is(_text, _words[m], "and") && WordScanner.Is(_text, _words[m + 1], "that") && !_s.InsideQuotation(_words[m].Start))
                {
                    int firstEnd = _reported.TrimBack(start, m - 1);
                    if (firstEnd >= start)
                    {
                        _reported.AddReported(hit, s, _words[start].Start, _words[firstEnd].End);
                    }

                    start = m + 2;
                }
            }
        }

        if (start <= end)
        {
            _reported.AddReported(hit, s, _words[start].Start, _words[end].End);
        }
    }
}
