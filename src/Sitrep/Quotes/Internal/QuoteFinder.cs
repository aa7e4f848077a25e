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
    private readonly CueLexicon _lexicon;
    private readonly List<TextSpan> _sentences;
    private readonly List<QuotedSpan> _quoted;
    private readonly SpeakerResolver _resolver;
    private readonly List<FoundQuote> _found = [];
    private readonly List<Word> _words = [];
    private readonly List<Hit> _hits = [];
    private readonly IReadOnlyList<Token> _tokens;
    private readonly SyntaxLayer _syntax;

    public QuoteFinder(AnnotatedDocument doc, CueLexicon lexicon)
    {
        _text = doc.Text;
        _tokens = doc.Tokens;
        _syntax = doc.Syntax;
        _lexicon = lexicon;
        _sentences = SentenceFallback.Spans(doc);
        _quoted = QuoteMarkScanner.Scan(_text);
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

    /// <summary>A cue occurrence in the current sentence and what was worked out about it.</summary>
    private sealed class Hit
    {
        public required int First { get; init; }

        public required int Last { get; init; }

        public required CueEntry Entry { get; init; }

        public SpeakerRef Speaker { get; set; }

        /// <summary>Word index where the cue's clause starts (its subject, or the cue itself).</summary>
        public int ClauseStart { get; set; }

        public int SubjectFirst { get; set; } = -1;

        public int SubjectLast { get; set; } = -1;

        /// <summary>Passive with a by-phrase ("This was emphasised by X").</summary>
        public bool Passive { get; set; }

        /// <summary>The attribution follows its quotation ("“…,” Hague said").</summary>
        public bool AfterQuote { get; set; }

        public bool Invalid { get; set; }

        public string? ReportedBy { get; set; }

        public TextSpan CueSpan { get; set; }
    }

    private void ProcessSentence(int s)
    {
        var sentence = _sentences[s];
        _words.Clear();
        WordScanner.Scan(_text, sentence.Start, sentence.End, _words);
        FindCues();
        Hit? previous = null;
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

    private void FindCues()
    {
        _hits.Clear();
        for (int i = 0; i < _words.Count; i++)
        {
            var w = _words[i];
            if (w.IsPunct || InsideQuotation(w.Start))
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

                _hits.Add(new Hit
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
        if (next < _words.Count && WordScanner.Is(_text, _words[next], "by") && IsPassiveBefore(first))
        {
            return true; // "This was confirmed by …"
        }

        if (ClosingMarkWithin(first, 6))
        {
            return true; // "“…,” the mayor said." — the content is the quotation before.
        }

        if (next >= _words.Count || (entry.Frame == CueFrame.Object && IsChar(next, '.')))
        {
            return entry.Frame == CueFrame.Object; // "… which the Council has called for."
        }

        switch (entry.Frame)
        {
            case CueFrame.That:
                return WordScanner.Is(_text, _words[SkipCommasAndAdverbs(next)], "that") || OpensQuotationAfterColon(next);
            case CueFrame.Tell:
                return FindWithin(next, 6, "that") >= 0 || FindColonQuote(next, 8) >= 0;
            case CueFrame.As:
                return FindWithin(next, 8, "as") >= 0;
            case CueFrame.Clause:
                // "a breakaway state in the west", "a rump state would have": the cue word is a noun here.
                int c = SkipCommasAndAdverbs(next);
                if (WordScanner.IsAnyOf(_text, _words[c], WordLists.Auxiliaries) && !WordScanner.IsAnyOf(_text, _words[c], ["not"]))
                {
                    return false;
                }

                if (WordScanner.IsAnyOf(_text, _words[c], WordLists.Prepositions) && FindWithin(c, 10, "that") < 0 && FindColonQuote(c, 10) < 0 && !IsPassiveBefore(first))
                {
                    return false;
                }

                return !IsChar(next, '.') || IsPassiveBefore(first);
            default:
                return !IsChar(next, '.') || IsPassiveBefore(first);
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

    private bool ClosingMarkWithin(int first, int words)
    {
        for (int k = first - 1; k >= 0 && k >= first - words; k--)
        {
            if (IsClosingMark(_words[k]))
            {
                return true;
            }

            if (IsChar(k, '.') || IsChar(k, ';'))
            {
                return false;
            }
        }

        return false;
    }

    private bool OpensQuotationAfterColon(int k) =>
        k + 1 < _words.Count && IsChar(k, ':') && QuotationOpeningAt(_words[k + 1].Start) is not null;

    private int SkipCommasAndAdverbs(int k)
    {
        while (k < _words.Count - 1 && (IsChar(k, ',') || IsAdverb(_words[k])))
        {
            k++;
        }

        return k;
    }

    private int FindWithin(int from, int maxWords, string word)
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

    private int FindColonQuote(int from, int maxWords)
    {
        for (int k = from; k < _words.Count - 1 && k < from + maxWords; k++)
        {
            if (IsChar(k, '.') || IsChar(k, ';'))
            {
                return -1;
            }

            if (IsChar(k, ':') && QuotationOpeningAt(_words[k + 1].Start) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    private bool IsPassiveBefore(int first)
    {
        int j = first - 1;
        while (j >= 0 && IsAdverb(_words[j]))
        {
            j--;
        }

        return j >= 0 && WordScanner.IsAnyOf(_text, _words[j], WordLists.BeVerbs);
    }

    // ---- who is speaking -------------------------------------------------------------------

    private void AnalyseSubject(Hit hit, Hit? previous, int s)
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
                var np = NounPhraseRight(hit.Last + 1);
                hit.Speaker = np is { } a ? _resolver.Resolve(a, s) : default;
                return;
            case CueFrame.Hearsay:
                int be = hit.First - 1;
                var (sf, sl) = SubjectLeftOf(be - 1);
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
        while (k >= 0 && (IsAdverb(_words[k]) || WordScanner.IsAnyOf(_text, _words[k], WordLists.Auxiliaries)))
        {
            sawBe |= WordScanner.IsAnyOf(_text, _words[k], WordLists.BeVerbs);
            k--;
        }

        if (sawBe)
        {
            // Passive: only "… was emphasised by X" names a speaker; "it was said" does not.
            int by = hit.Last + 1;
            if (by < _words.Count && WordScanner.Is(_text, _words[by], "by") && ByPhrase(by + 1) is { } agent)
            {
                hit.Passive = true;
                hit.Speaker = _resolver.Resolve(agent, s);
                var (pf, pl) = SubjectLeftOf(k);
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
        if (IsChar(k, ',') && AppositiveNameBefore(k) is var (nf, nl) && nf >= 0)
        {
            // "…, Major General Yair Naveh, recently described …": the name between commas is the subject.
            hit.SubjectFirst = nf;
            hit.SubjectLast = nl;
            hit.ClauseStart = nf;
            hit.Speaker = _resolver.Resolve(Span(nf, nl), s);
            _resolver.NotePerson(_words[nf].Start, s, hit.Speaker);
            return;
        }

        if (WordScanner.IsAnyOf(_text, w, ["and", "but", "or"]) || (IsChar(k, ',') && previous is not null && !IsClosingMarkBefore(k)))
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

        if (IsClosingMark(w) || (IsChar(k, ',') && IsClosingMarkBefore(k)))
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
            if (a >= 0 && IsChar(a, ','))
            {
                a--;
            }

            var (af, al) = SubjectLeftOf(a);
            hit.ClauseStart = k;
            if (af < 0)
            {
                hit.Invalid = true;
                return;
            }

            hit.Speaker = _resolver.Resolve(Span(af, al), s);
            _resolver.NotePerson(_words[af].Start, s, hit.Speaker);
            return;
        }

        var (first, last) = SubjectLeftOf(k);
        if (first < 0)
        {
            hit.Invalid = true;
            return;
        }

        hit.SubjectFirst = first;
        hit.SubjectLast = last;
        hit.ClauseStart = first;
        hit.Speaker = _resolver.Resolve(Span(first, last), s);
        if (!WordScanner.IsAnyOf(_text, _words[first], WordLists.SubjectPronouns))
        {
            _resolver.NotePerson(_words[first].Start, s, hit.Speaker);
        }

        if (first > 0 && (IsClosingMark(_words[first - 1]) || (IsChar(first - 1, ',') && IsClosingMarkBefore(first - 1))))
        {
            hit.AfterQuote = true;
        }
    }

    /// <summary>A capitalised name enclosed in commas ending just before the comma at <paramref name="comma"/>, or (-1, -1).</summary>
    private (int First, int Last) AppositiveNameBefore(int comma)
    {
        if (comma < 2 || !WordScanner.IsCapitalised(_text, _words[comma - 1]))
        {
            return (-1, -1);
        }

        var (f, l) = SubjectLeftOf(comma - 1);
        return f > 0 && IsChar(f - 1, ',') && WordScanner.IsCapitalised(_text, _words[f]) ? (f, l) : (-1, -1);
    }

    private bool TrySpeakerAfterCue(Hit hit, int s)
    {
        if (NounPhraseRight(hit.Last + 1) is not { } np)
        {
            return false;
        }

        hit.Speaker = _resolver.Resolve(np, s);
        _resolver.NotePerson(np.Start, s, hit.Speaker);
        hit.AfterQuote = true;
        return true;
    }

    /// <summary>
    /// The noun phrase ending at word <paramref name="k"/>, read leftwards: a pronoun; a capitalised name
    /// (with its particles and a leading "the"); or a common-noun phrase up to a clause boundary.
    /// Returns (-1, -1) when there is none.
    /// </summary>
    private (int First, int Last) SubjectLeftOf(int k)
    {
        if (k < 0 || _words[k].IsPunct)
        {
            return (-1, -1);
        }

        var w = _words[k];
        if (WordScanner.IsAnyOf(_text, w, WordLists.SubjectPronouns))
        {
            return (k, k);
        }

        // "This was emphasised by …": a demonstrative opening its clause is the subject.
        if (WordScanner.IsAnyOf(_text, w, ["this", "that", "it"]) && (k == 0 || _words[k - 1].IsPunct))
        {
            return (k, k);
        }

        if (WordScanner.IsAnyOf(_text, w, WordLists.ClauseWords))
        {
            return (-1, -1);
        }

        int first = k;
        if (WordScanner.IsCapitalised(_text, w) && !WordScanner.IsAnyOf(_text, w, WordLists.CapitalisedFunctionWords))
        {
            int m = k - 1;
            while (m >= 0)
            {
                var x = _words[m];
                if (WordScanner.IsCapitalised(_text, x) && !WordScanner.IsAnyOf(_text, x, WordLists.CapitalisedFunctionWords))
                {
                    first = m;
                    m--;
                    continue;
                }

                if (WordScanner.IsAnyOf(_text, x, WordLists.NameConnectors) && ConnectsToName(m))
                {
                    m--;
                    continue;
                }

                break;
            }

            if (m >= 0 && WordScanner.IsAnyOf(_text, _words[m], ["the"]))
            {
                first = m;
                m--;
            }

            // "the recent meeting in Paris of the Friends …": a name inside a longer noun phrase.
            if (m >= 0 && WordScanner.IsAnyOf(_text, _words[m], ["of", "in", "at", "from"]) && m > 0 && !_words[m - 1].IsPunct)
            {
                var (cf, _) = CommonNounPhraseLeft(m - 1);
                if (cf >= 0)
                {
                    first = cf;
                }
            }

            return (first, k);
        }

        var (f, _) = CommonNounPhraseLeft(k);
        return f < 0 ? (-1, -1) : (f, k);
    }

    /// <summary>True when the connector at <paramref name="m"/> has a capitalised word further left (through other connectors).</summary>
    private bool ConnectsToName(int m)
    {
        for (int i = m - 1; i >= 0; i--)
        {
            var x = _words[i];
            if (WordScanner.IsAnyOf(_text, x, WordLists.NameConnectors))
            {
                continue;
            }

            return WordScanner.IsCapitalised(_text, x) && !WordScanner.IsAnyOf(_text, x, WordLists.CapitalisedFunctionWords);
        }

        return false;
    }

    /// <summary>"A number of media reports", "Some diplomats and analysts", "officials at the ministry".</summary>
    private (int First, int Last) CommonNounPhraseLeft(int k)
    {
        int first = -1;
        int m = k;
        int count = 0;
        while (m >= 0 && count < 12)
        {
            var x = _words[m];
            if (x.IsPunct && !(_text[x.Start] is '’' or '\''))
            {
                break;
            }

            if (WordScanner.IsAnyOf(_text, x, ["and", "or"]))
            {
                // NP-internal only when the left conjunct is short and opens its clause: "Some diplomats and analysts".
                int left = m - 1;
                int steps = 0;
                while (left >= 0 && steps < 3 && !_words[left].IsPunct && !WordScanner.IsAnyOf(_text, _words[left], WordLists.ClauseWords))
                {
                    left--;
                    steps++;
                }

                bool opensClause = left < 0 || _words[left].IsPunct || WordScanner.IsAnyOf(_text, _words[left], WordLists.ClauseWords);
                if (steps == 0 || !opensClause)
                {
                    break;
                }

                m--;
                count++;
                continue;
            }

            if (WordScanner.IsAnyOf(_text, x, WordLists.ClauseWords) || WordScanner.IsAnyOf(_text, x, WordLists.SubjectPronouns) ||
                (WordScanner.IsCapitalised(_text, x) && WordScanner.IsAnyOf(_text, x, WordLists.CapitalisedFunctionWords) && !WordScanner.IsAnyOf(_text, x, WordLists.Determiners)))
            {
                break;
            }

            first = m;
            count++;
            if (WordScanner.IsAnyOf(_text, x, WordLists.Determiners))
            {
                // A determiner ends the phrase unless a preposition ties it to a longer one ("officials at the ministry").
                if (m == 0 || !WordScanner.IsAnyOf(_text, _words[m - 1], WordLists.Prepositions))
                {
                    break;
                }
            }

            m--;
        }

        // Do not start a phrase on a preposition ("In the city officials said" keeps "officials").
        while (first >= 0 && first < k && WordScanner.IsAnyOf(_text, _words[first], WordLists.Prepositions))
        {
            first++;
            while (first < k && !WordScanner.IsAnyOf(_text, _words[first], WordLists.Determiners) && first + 1 <= k)
            {
                first++;
            }
        }

        return first < 0 ? (-1, -1) : (first, k);
    }

    /// <summary>A speaker named after the cue or "according to": a pronoun, a name or "the …" up to punctuation.</summary>
    private TextSpan? NounPhraseRight(int k)
    {
        if (k >= _words.Count || _words[k].IsPunct)
        {
            return null;
        }

        int last = k;
        for (int m = k; m < _words.Count && m < k + 10; m++)
        {
            var x = _words[m];
            if (x.IsPunct && !(_text[x.Start] is '’' or '\'' or '-'))
            {
                break;
            }

            if (m > k && WordScanner.IsAnyOf(_text, x, WordLists.ByPhraseStops) && !WordScanner.IsAnyOf(_text, x, ["of", "the"]))
            {
                break;
            }

            last = m;
        }

        return Span(k, last);
    }

    /// <summary>The agent of a passive cue, with an appositive name: "Israel’s military intelligence chief, Major General Aviv Kochavi".</summary>
    private TextSpan? ByPhrase(int k)
    {
        if (k >= _words.Count || _words[k].IsPunct)
        {
            return null;
        }

        int last = k;
        for (int m = k; m < _words.Count; m++)
        {
            var x = _words[m];
            if (IsChar(m, ','))
            {
                if (m + 1 < _words.Count && WordScanner.IsCapitalised(_text, _words[m + 1]) && !WordScanner.IsAnyOf(_text, _words[m + 1], WordLists.CapitalisedFunctionWords))
                {
                    continue;
                }

                break;
            }

            if (x.IsPunct && !(_text[x.Start] is '’' or '\''))
            {
                break;
            }

            if (m > k && WordScanner.IsAnyOf(_text, x, WordLists.ByPhraseStops))
            {
                break;
            }

            last = m;
        }

        return Span(k, last);
    }

    // ---- what is said ----------------------------------------------------------------------

    private void Extract(Hit hit, int limit, int s)
    {
        if (hit.AfterQuote)
        {
            AttachAfterQuote(hit, s);
            return;
        }

        // "he said: “…”", "declared, “…”": a quotation right after the cue is a direct quote.
        int k = hit.Last + 1;
        int colon = FindColonQuote(k, 8);
        if (colon >= 0 && QuotationOpeningAt(_words[colon + 1].Start) is { Used: false } afterColon)
        {
            AddDirect([afterColon], hit, s);
            return;
        }

        if (k < _words.Count && IsChar(k, ','))
        {
            k++;
        }

        if (k < _words.Count && QuotationOpeningAt(_words[k].Start) is { Used: false } q && StandsAlone(q))
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
                start = SkipCommasAndAdverbs(hit.Last + 1);
                if (start < _words.Count && WordScanner.Is(_text, _words[start], "that"))
                {
                    start++;
                }
                else if (start < _words.Count && WordScanner.IsAnyOf(_text, _words[start], WordLists.Prepositions))
                {
                    // "said in a statement that …"
                    int that = FindWithin(start, 10, "that");
                    if (that < 0)
                    {
                        return;
                    }

                    start = that + 1;
                }

                break;
            case CueFrame.That:
                start = SkipCommasAndAdverbs(hit.Last + 1) + 1;
                break;
            case CueFrame.Tell:
                int t = FindWithin(hit.Last + 1, 6, "that");
                if (t < 0)
                {
                    return;
                }

                start = t + 1;
                break;
            case CueFrame.As:
                start = FindWithin(hit.Last + 1, 8, "as") + 1;
                break;
            case CueFrame.Object:
                start = hit.Last + 1;
                if (start >= limit || IsChar(start, '.'))
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

        if (start >= limit)
        {
            return;
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
                if (WordScanner.Is(_text, _words[m], "and") && WordScanner.Is(_text, _words[m + 1], "that") && !InsideQuotation(_words[m].Start))
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
            if (IsChar(m, ';'))
            {
                end = m - 1;
                break;
            }

            if (IsChar(m, ',') && m + 1 < limit && WordScanner.IsAnyOf(_text, _words[m + 1], ["which", "who", "according"]) && !InsideQuotation(_words[m].Start))
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

    private void AddReported(Hit hit, int s, int start, int end)
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
    private void AddRelativeGap(Hit hit, int s)
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
    private void AddAccording(Hit hit, int s)
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
    private void AddPassiveContent(Hit hit, int s)
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

        AddContent(hit, s, Span(hit.SubjectFirst, hit.SubjectLast));
    }

    private void AddContent(Hit hit, int s, TextSpan content)
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
    private void AttachAfterQuote(Hit hit, int s)
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

        if (after < _words.Count && IsChar(after, ','))
        {
            after++;
        }

        var parts = new List<QuotedSpan> { before };
        if (after < _words.Count && QuotationOpeningAt(_words[after].Start) is { Used: false } next && EndsMidSentence(before))
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

    private void AddDirect(List<QuotedSpan> parts, Hit? hit, int s)
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

    private bool ReadsAsStatement(QuotedSpan q)
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
        return words >= 4 && capitalStart && endsSentence || words >= 12;
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

    private QuotedSpan? QuotationOpeningAt(int offset)
    {
        foreach (var q in _quoted)
        {
            if (q.Open == offset)
            {
                return q;
            }

            if (q.Open > offset)
            {
                break;
            }
        }

        return null;
    }

    private bool InsideQuotation(int offset)
    {
        foreach (var q in _quoted)
        {
            if (q.Open > offset)
            {
                break;
            }

            if (offset >= q.ContentStart && offset < q.ContentEnd)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClosingMarkBefore(int k) => k > 0 && IsClosingMark(_words[k - 1]);

    private bool IsClosingMark(Word w)
    {
        if (!w.IsPunct)
        {
            return false;
        }

        foreach (var q in _quoted)
        {
            if (q.Close == w.Start)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsChar(int k, char c) => k >= 0 && k < _words.Count && WordScanner.IsChar(_text, _words[k], c);

    private bool IsAdverb(Word w)
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

    private TextSpan Span(int first, int last) => new(_words[first].Start, _words[last].End);
}
