using Sitrep.Documents;

namespace Sitrep.Entities.Internal;

/// <summary>
/// Finds entity mentions in one document: capitalised names (with titles stripped and typed by the
/// gazetteer, their head word, the recogniser's spans or their shape) and the nominal patterns event data
/// needs (roles, collectives, relatives, religions, weapons, events, facilities). One instance per
/// document; not thread-safe, never shared.
/// </summary>
internal sealed partial class MentionFinder
{
    private readonly string _text;
    private readonly Word[] _words;
    private readonly EntityKnowledge _k;
    private readonly IReadOnlyList<NerSpan> _ner;
    private readonly bool[] _inName;
    private readonly HashSet<int> _lowerWords; // case-insensitive hashes of the words the document writes in lower case
    private readonly List<Candidate> _found = [];

    private readonly IReadOnlyList<Token> _tokens;
    private readonly SyntaxLayer _syntax;

    public MentionFinder(string text, Word[] words, EntityKnowledge knowledge, IReadOnlyList<NerSpan> ner, IReadOnlyList<Token>? tokens = null, SyntaxLayer? syntax = null)
    {
        _tokens = tokens ?? [];
        _syntax = syntax ?? SyntaxLayer.Empty;
        _text = text;
        _words = words;
        _k = knowledge;
        _ner = ner;
        _inName = new bool[words.Length];
        _lowerWords = [];
        foreach (var w in words)
        {
            if (w.Is(WordShape.Alpha) && !w.Is(WordShape.Capitalised))
            {
                _lowerWords.Add(string.GetHashCode(w.Slice(text), StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    public IReadOnlyList<Word> Words => _words;

    public List<Candidate> FindAll()
    {
        FindNames();
        FindReligions();
        FindRoles();
        FindCollectives();
        FindKin();
        FindWeapons();
        FindEvents();
        FindFacilities();
        FindDemonymNouns();
        FindPlaceAnaphors();
        FindNominalOrgs();
        _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Stop.CompareTo(a.Stop));
        return _found;
    }

    // ---------------------------------------------------------------- shared word tests

    private ReadOnlySpan<char> W(int i) => _words[i].Slice(_text);

    /// <summary>True when the document also writes this word in lower case ("Media reports" … "the media").</summary>
    private bool WrittenLowerCase(ReadOnlySpan<char> word) => _lowerWords.Contains(string.GetHashCode(word, StringComparison.OrdinalIgnoreCase));

    private string S(int i) => _words[i].Slice(_text).ToString();

    private bool InRange(int i) => i >= 0 && i < _words.Length;

    /// <summary>
    /// Whether the tagger calls word <paramref name="i"/> a noun ("attack helicopters") rather than a verb
    /// ("the bombing follows"); null without a syntax layer or when the word starts no token, so callers
    /// fall back on their word lists.
    /// </summary>
    private bool? NounFollows(int i)
    {
        if (_syntax.IsEmpty || !InRange(i))
        {
            return null;
        }

        int lo = 0, hi = _tokens.Count - 1, start = _words[i].Start;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = _tokens[mid].Start;
            if (s == start)
            {
                return mid < _syntax.Upos.Length ? _syntax.Upos[mid] is "NOUN" or "PROPN" : null;
            }

            if (s < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    private bool IsCap(int i) => InRange(i) && _words[i].Is(WordShape.Capitalised);

    private bool IsLowerWord(int i) => InRange(i) && _words[i].Is(WordShape.Alpha) && !_words[i].Is(WordShape.Capitalised);

    private bool IsPossessive(int i) => InRange(i) && _words[i].Is(WordShape.Possessive);

    private bool IsPunct(int i) => !InRange(i) || _words[i].Is(WordShape.Punct);

    private bool SameSentence(int a, int b) => InRange(a) && InRange(b) && _words[a].Sentence == _words[b].Sentence;

    private bool SentenceInitial(int i) => i == 0 || _words[i - 1].Sentence != _words[i].Sentence
        || (_words[i - 1].Is(WordShape.Punct) && W(i - 1) is "“" or "\"" or "‘" or "(" or ":" && (i < 2 || _words[i - 2].Sentence != _words[i].Sentence || W(i - 2) is ":"));

    private bool IsFunctionWord(int i) => InRange(i) && FunctionWords.Contains(W(i));

    private bool IsContentLower(int i) => IsLowerWord(i) && !IsFunctionWord(i) && !W(i).EndsWith("ly");

    private bool IsDeterminer(int i) => InRange(i) && Determiners.Contains(W(i));

    private bool IsDefiniteDeterminer(int i) => InRange(i) && DefiniteDeterminers.Contains(W(i));

    private Country? DemonymAt(int i) =>
        InRange(i) && _words[i].Is(WordShape.Capitalised) && _k.Demonyms.TryGetValue(W(i), out var c) ? c : null;

    /// <summary>A country name followed by a possessive ("Israel’s"): the country, with i the name's word.</summary>
    private Country? CountryPossessiveEndingAt(int possessive, out int nameFirst)
    {
        nameFirst = possessive;
        if (!IsPossessive(possessive))
        {
            return null;
        }

        for (int len = 1; len <= 3 && possessive - len >= 0; len++)
        {
            int first = possessive - len;
            if (_k.Names.Match(_text, _words, first, possessive, out var known) == len && known.Source == NameSource.Country)
            {
                nameFirst = first;
                return _k.CountryOf(known.CountryIso3);
            }
        }

        return null;
    }

    private Candidate Add(MentionKind kind, int first, int end, EntityType type, string name)
    {
        var c = new Candidate
        {
            Kind = kind,
            First = first,
            End = end,
            Start = _words[first].Start,
            Stop = _words[end - 1].End,
            Sentence = _words[first].Sentence,
            Type = type,
            Name = name,
        };
        _found.Add(c);
        return c;
    }

    private string TextOf(int first, int end) => _text[_words[first].Start.._words[end - 1].End];

    /// <summary>The mention text without a leading article or possessive pronoun: the name of an unnamed entity.</summary>
    private string NominalName(int first, int end)
    {
        while (first < end - 1 && (IsDeterminer(first) || W(first) is "The" or "A" or "An" or "This" or "These" or "Its" or "His" or "Her"))
        {
            first++;
        }

        return TextOf(first, end);
    }

    // ---------------------------------------------------------------- noun-phrase helpers

    /// <summary>
    /// End (exclusive) of a noun phrase starting at <paramref name="i"/>: an optional article, lower-case
    /// modifiers, and capitalised names joined by possessives ("the ruling Baath Party’s National Security
    /// Bureau"). A lower-case word after a capitalised one ends it (English noun phrases end in their head).
    /// </summary>
    private int NounPhraseEnd(int i, int maxWords = 10)
    {
        int start = i;
        if (IsDeterminer(i) || W(i) is "The")
        {
            i++;
        }

        bool sawCap = false;
        while (InRange(i) && i - start < maxWords && SameSentence(i, start))
        {
            if (IsCap(i) && !IsFunctionWord(i))
            {
                sawCap = true;
                i++;
            }
            else if (IsPossessive(i) && i > start)
            {
                i++;
                sawCap = false; // "Assad’s inner circle": a new noun phrase starts after the possessive
            }
            else if (sawCap && InRange(i) && W(i) is "of" && IsCap(i + 1))
            {
                i++;
            }
            else if (sawCap && InRange(i) && W(i) is "of" && W(i + 1) is "the" && IsCap(i + 2))
            {
                i += 2;
            }
            else if (!sawCap && (IsContentLower(i) || _words[i].Is(WordShape.Number)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        while (i > start && IsPossessive(i - 1))
        {
            i--;
        }

        return i;
    }

    /// <summary>Extends a nominal over following "of NP" / "in NP" phrases, at most <paramref name="maxPhrases"/>.</summary>
    private int ExtendPrepositions(int end, int maxPhrases, bool allowIn = true)
    {
        for (int n = 0; n < maxPhrases && InRange(end) && SameSentence(end, end - 1); n++)
        {
            var prep = W(end);
            // "in" joins only a named place ("in Damascus"), not "in the capital on Wednesday".
            if (!(prep is "of" || (allowIn && prep is "in" && IsCap(end + 1))))
            {
                break;
            }

            int npEnd = NounPhraseEnd(end + 1);
            if (npEnd <= end + 1 || (npEnd == end + 2 && IsDeterminer(end + 1)))
            {
                break;
            }

            end = npEnd;
        }

        return end;
    }

    private static readonly HashSet<string> FunctionWordSet = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "into", "onto", "over", "under", "about", "after", "before", "since", "until", "during", "against", "among",
        "between", "through", "towards", "toward", "without", "within", "despite", "unlike", "like", "than", "via",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "him", "his", "she", "her", "hers",
        "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which",
        "what", "when", "where", "why", "how", "while", "if", "then", "so", "because", "although", "though",
        "also", "still", "now", "already", "never", "ever", "even", "just", "only", "very", "too", "once", "again",
        "all", "both", "each", "every", "some", "any", "many", "much", "more", "most", "such", "other", "another",
        "said", "says", "say", "told", "according", "however", "therefore", "thus", "up", "out", "off", "down",
        "The", "A", "An", "In", "On", "At", "For", "With", "By", "From", "As", "After", "Before", "Since", "During",
        "Despite", "Unlike", "Although", "Though", "While", "If", "When", "Where", "But", "And", "Or", "This", "That",
        "These", "Those", "There", "Here", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our", "You",
        "Your", "My", "Who", "What", "Which", "Why", "How", "Also", "Some", "Many", "All", "Both", "Each", "Every",
        "Another", "Other", "Such", "However", "Meanwhile", "Yet", "So", "Not", "No", "Yes", "Is", "Was", "Are",
        "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "May", "Might",
        "Even", "Still", "Now", "Then", "According", "Over", "Under", "About", "Against", "Among", "Between", "Through",
        "To", "Of", "Than", "Just", "Only", "Most", "More", "Last", "Next", "First", "One", "Two", "Three",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "such" }
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteDeterminers =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "its", "his", "her", "their", "our" }
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
