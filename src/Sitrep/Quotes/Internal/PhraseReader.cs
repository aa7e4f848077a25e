using Sitrep.Documents;

namespace Sitrep.Quotes.Internal;

/// <summary>
/// Reads the noun phrase that names a speaker, by word shape and closed-class words rather than a
/// parse: leftwards from a cue ("Major General Aviv Kochavi", "A number of media reports", "he"),
/// rightwards after one ("said Hague", "according to the ministry"), and a passive agent with its
/// appositive name ("by Israel’s intelligence chief, Aviv Kochavi").
/// </summary>
internal sealed class PhraseReader
{
    private readonly SentenceWords _s;
    private readonly string _text;
    private readonly List<Word> _words;

    public PhraseReader(SentenceWords words)
    {
        _s = words;
        _text = _s.Text;
        _words = _s.Words;
    }

    /// <summary>A capitalised name enclosed in commas ending just before the comma at <paramref name="comma"/>, or (-1, -1).</summary>
    public (int First, int Last) AppositiveNameBefore(int comma)
    {
        if (comma < 2 || !WordScanner.IsCapitalised(_text, _words[comma - 1]))
        {
            return (-1, -1);
        }

        var (f, l) = SubjectLeftOf(comma - 1);
        return f > 0 && _s.IsChar(f - 1, ',') && WordScanner.IsCapitalised(_text, _words[f]) ? (f, l) : (-1, -1);
    }

    /// <summary>
    /// The noun phrase ending at word <paramref name="k"/>, read leftwards: a pronoun; a capitalised name
    /// (with its particles and a leading "the"); or a common-noun phrase up to a clause boundary.
    /// Returns (-1, -1) when there is none.
    /// </summary>
    public (int First, int Last) SubjectLeftOf(int k)
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
    public (int First, int Last) CommonNounPhraseLeft(int k)
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
    public TextSpan? NounPhraseRight(int k)
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

        return _s.Span(k, last);
    }

    /// <summary>The agent of a passive cue, with an appositive name: "Israel’s military intelligence chief, Major General Aviv Kochavi".</summary>
    public TextSpan? ByPhrase(int k)
    {
        if (k >= _words.Count || _words[k].IsPunct)
        {
            return null;
        }

        int last = k;
        for (int m = k; m < _words.Count; m++)
        {
            var x = _words[m];
            if (_s.IsChar(m, ','))
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

        return _s.Span(k, last);
    }
}
