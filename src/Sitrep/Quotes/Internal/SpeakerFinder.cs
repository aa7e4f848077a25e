using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Works out who speaks for each cue of a sentence: the subject before the cue (a name, a pronoun,
/// a described body), the name a "who" hangs on, the agent of a passive ("emphasised by X"), the speaker
/// named after the cue ("said Hague"), or the first cue's speaker for a coordinated one ("and condemned").
/// </summary>
internal sealed class SpeakerFinder
{
    private readonly SentenceWords _s;
    private readonly string _text;
    private readonly List<Word> _words;
    private readonly PhraseReader _phrases;
    private readonly SpeakerResolver _resolver;

    public SpeakerFinder(SentenceWords words, PhraseReader phrases, SpeakerResolver resolver)
    {
        _s = words;
        _text = _s.Text;
        _words = _s.Words;
        _phrases = phrases;
        _resolver = resolver;
    }

    /// <summary>For ", who … ," ending at the comma <paramref name="comma"/>: the phrase before the relative clause, or (-1, -1).</summary>
    private (int First, int Last) SubjectBeforeRelativeClause(int comma)
    {
        for (int m = comma - 1; m >= 1 && m >= comma - 25; m--)
        {
            if (_words[m].IsPunct && !_s.IsChar(m, ','))
            {
                return (-1, -1);
            }

            if (_s.IsAnyOf(m, ["who", "which"]) && _s.IsChar(m - 1, ','))
            {
                return _phrases.SubjectLeftOf(m - 2);
            }
        }

        return (-1, -1);
    }

    public void AnalyseSubject(CueHit hit, CueHit? previous, int s)
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

        if (_s.IsChar(k, ',') && SubjectBeforeRelativeClause(k) is var (rf, rl) && rf >= 0)
        {
            // "Hague, who visited Damascus last year, said …": the subject stands before the relative clause.
            hit.SubjectFirst = rf;
            hit.SubjectLast = rl;
            hit.ClauseStart = rf;
            hit.Speaker = _resolver.Resolve(_s.Span(rf, rl), s);
            _resolver.NotePerson(_words[rf].Start, s, hit.Speaker);
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
}
