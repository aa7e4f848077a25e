using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Finds the cue words of a sentence (lexicon forms, longest first) and keeps only those used as
/// reporting verbs: not inside a quotation, not part of a name ("United States"), not a noun ("his
/// claims", "an asylum claim", a parser NOUN), and with the frame their content needs ("fear" + "that").
/// </summary>
internal sealed class CueDetector
{
    private readonly SentenceWords _s;
    private readonly string _text;
    private readonly List<Word> _words;
    private readonly CueLexicon _lexicon;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly SyntaxLayer _syntax;

    public CueDetector(SentenceWords words, CueLexicon lexicon, IReadOnlyList<Token> tokens, SyntaxLayer syntax)
    {
        _s = words;
        _text = _s.Text;
        _words = _s.Words;
        _lexicon = lexicon;
        _tokens = tokens;
        _syntax = syntax;
    }

    public void FindCues(List<CueHit> hits)
    {
        hits.Clear();
        for (int i = 0; i < _words.Count; i++)
        {
            var w = _words[i];
            if (w.IsPunct || _s.InsideQuotation(w.Start))
            {
                continue;
            }

            if (!_lexicon.TryGetCandidates(_text.AsSpan(w.Start, w.Length), out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                int last = i + entry.Words.Length - 1;
                if (last >= _words.Count || !MatchesAt(i, entry.Words) || !IsPlausible(i, last, entry))
                {
                    continue;
                }

                hits.Add(new CueHit
                {
                    First = i,
                    Last = last,
                    Entry = entry,
                    ClauseStart = i,
                    CueSpan = CueSpanOf(i, last, entry),
                });
                i = last;
                break;
            }
        }
    }

    /// <summary>The cue words to report: the verb of "said to" and "made it clear" stays whole; "described" without its "as".</summary>
    private TextSpan CueSpanOf(int first, int last, CueEntry entry)
    {
        if (entry.Frame == CueFrame.Hearsay)
        {
            last = first;
        }

        return new TextSpan(_words[first].Start, _words[last].End);
    }

    private bool MatchesAt(int i, string[] forms)
    {
        for (int k = 0; k < forms.Length; k++)
        {
            var w = _words[i + k];
            if (w.IsPunct || !_text.AsSpan(w.Start, w.Length).Equals(forms[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPlausible(int first, int last, CueEntry entry)
    {
        bool hasPrev = first > 0;
        var prev = hasPrev ? _words[first - 1] : default;

        // "the United States", "Secretary of State": a capitalised cue word inside a sentence is part of a name.
        if (first > 0 && char.IsUpper(_text[_words[first].Start]) && !_words[first - 1].IsPunct)
        {
            return false;
        }

        switch (entry.Frame)
        {
            case CueFrame.Noun:
            case CueFrame.According:
                return last + 1 < _words.Count && !_words[last + 1].IsPunct;
            case CueFrame.Hearsay:
                return hasPrev && WordScanner.IsAnyOf(_text, prev, WordLists.BeVerbs);
        }

        if (TaggedAsNoun(first))
        {
            return false;
        }

        // A verb cue after a determiner is a noun ("his claims"), after "to" an infinitive that reports nothing yet.
        if (hasPrev && (WordScanner.IsAnyOf(_text, prev, WordLists.Determiners) || WordScanner.Is(_text, prev, "to")))
        {
            return false;
        }

        int next = last + 1;
        if (next < _words.Count && WordScanner.Is(_text, _words[next], "by") && _s.IsPassiveBefore(first))
        {
            return true; // "This was confirmed by …"
        }

        if (AttributesQuotationBefore(first, last))
        {
            return true; // "“…,” the mayor said." — the content is the quotation before.
        }

        var cueWord = _text.AsSpan(_words[first].Start, _words[first].Length);
        if (cueWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !ParticipleWithSubject(first))
        {
            return false; // "by adding chemicals", "from claiming asylum"
        }

        if (entry.IsBaseForm && hasPrev && !BaseFormSubject(first - 1))
        {
            return false; // "an asylum claim", "a breakaway state"
        }

        if (next >= _words.Count || (entry.Frame == CueFrame.Object && _s.IsChar(next, '.')))
        {
            return entry.Frame == CueFrame.Object; // "… which the Council has called for."
        }

        switch (entry.Frame)
        {
            case CueFrame.That:
                return WordScanner.Is(_text, _words[_s.SkipCommasAndAdverbs(next)], "that") || _s.OpensQuotationAfterColon(next);
            case CueFrame.Tell:
                return _s.FindWithin(next, 6, "that") >= 0 || _s.FindColonQuote(next, 8) >= 0;
            case CueFrame.As:
                return _s.FindWithin(next, 8, "as") >= 0;
            case CueFrame.Clause:
                // "a breakaway state in the west", "a rump state would have": the cue word is a noun here.
                int c = _s.SkipCommasAndAdverbs(next);
                if (!_s.IsChar(next, ',') && WordScanner.IsAnyOf(_text, _words[c], WordLists.Auxiliaries) && !WordScanner.IsAnyOf(_text, _words[c], ["not"]))
                {
                    return false;
                }

                if (WordScanner.IsAnyOf(_text, _words[c], WordLists.Prepositions) && _s.FindWithin(c, 10, "that") < 0 && _s.FindColonQuote(c, 10) < 0 && !_s.IsPassiveBefore(first))
                {
                    return false;
                }

                return !_s.IsChar(next, '.') || _s.IsPassiveBefore(first);
            default:
                return !_s.IsChar(next, '.') || _s.IsPassiveBefore(first);
        }
    }

    /// <summary>When the parser has run: a cue word it tagged as a noun or adjective is not a reporting verb.</summary>
    private bool TaggedAsNoun(int wordIndex)
    {
        if (_syntax.IsEmpty || _tokens.Count != _syntax.Upos.Length)
        {
            return false;
        }

        int start = _words[wordIndex].Start;
        int lo = 0, hi = _tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else if (_tokens[mid].Start > start)
            {
                hi = mid - 1;
            }
            else
            {
                return _syntax.Upos[mid] is "NOUN" or "ADJ" or "PROPN";
            }
        }

        return false;
    }

    /// <summary>"“…,” the mayor said." or "“…,” said Hague": a closing mark just before, and nothing reported after.</summary>
    private bool AttributesQuotationBefore(int first, int last)
    {
        bool markRightBefore = (first >= 1 && _s.IsClosingMark(_words[first - 1])) || (first >= 2 && _s.IsChar(first - 1, ',') && _s.IsClosingMark(_words[first - 2]));
        if (markRightBefore)
        {
            return true;
        }

        int next = last + 1;
        if (next < _words.Count && !(_s.IsChar(next, '.') || _s.IsChar(next, ',') || _s.IsChar(next, ';')))
        {
            return false;
        }

        for (int k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            if (_s.IsClosingMark(_words[k]))
            {
                return true;
            }

            if (_words[k].IsPunct && !_s.IsChar(k, ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An -ing cue reports only with a subject in reach: "X said, adding that …", "he was saying".</summary>
    private bool ParticipleWithSubject(int first)
    {
        if (first == 0)
        {
            return false;
        }

        var prev = _words[first - 1];
        return _s.IsChar(first - 1, ',') || WordScanner.IsAnyOf(_text, prev, WordLists.BeVerbs) || WordScanner.IsAnyOf(_text, prev, ["as", "while", "after", "before"]);
    }

    /// <summary>A bare base form ("say", "claim") is a verb after a pronoun, an auxiliary, a plural noun or a collective ("people").</summary>
    private bool BaseFormSubject(int k)
    {
        var w = _words[k];
        if (w.IsPunct)
        {
            return _s.IsClosingMark(w) || _s.IsChar(k, ',');
        }

        if (WordScanner.IsAnyOf(_text, w, ["i", "we", "you", "they", "who", "people", "police", "staff", "men", "women", "children", "media", "and", "to", "not", "also", "then", "now", "still"])
            || WordScanner.IsAnyOf(_text, w, WordLists.Auxiliaries) || _s.IsAdverb(w))
        {
            return true;
        }

        var s = _text.AsSpan(w.Start, w.Length);
        return s.EndsWith("s", StringComparison.Ordinal) && !s.EndsWith("ss", StringComparison.Ordinal) && !s.EndsWith("’s", StringComparison.Ordinal) && !s.EndsWith("'s", StringComparison.Ordinal);
    }
}
