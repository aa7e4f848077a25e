namespace Sitrep.Text.Internal;

/// <summary>
/// Words that keep their final period as part of the token, and how each affects sentence ends.
/// Written from general English usage (titles, months, company suffixes, Latin abbreviations).
/// Lookups take spans, so tokenizing allocates no strings.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and name prefixes: a period after them never ends a sentence ("Maj. Gen. Naveh").</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "sr", "sen", "rep", "gov", "pres",
        "gen", "maj", "lt", "col", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "lieut",
        "st", "mt", "ft", "messrs", "mme", "mlle", "fr", "supt", "insp", "det", "amb", "atty", "sec",
    };

    /// <summary>Months and weekdays: no sentence end before a number ("Jan. 5").</summary>
    private static readonly HashSet<string> Dates = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
    };

    /// <summary>Other abbreviations that may also end a sentence ("… based in the U.S. The …").</summary>
    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "govt", "intl",
        "etc", "vs", "al", "approx", "ca", "cf", "viz", "jr", "esq", "mln", "bn", "tel",
        "ave", "blvd", "rd", "hwy", "sq", "lb", "lbs", "oz", "hrs",
        "vol", "vols", "figs", "pp", "nos", "ariz", "calif", "colo", "conn", "fla", "kan", "mich", "minn",
        "nev", "okla", "penn", "tenn", "tex", "wis", "wyo",
    };

    /// <summary>Abbreviations that are also ordinary words, so they keep their period only before a number ("No. 10", "p. 5").</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "art", "fig", "p", "ch", "sec", "op", "para", "ed",
    };

    /// <summary>Words that commonly open a sentence; after an ambiguous abbreviation they signal a sentence end.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After",
        "Before", "Since", "As", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "All",
        "No", "Not", "What", "Who", "Why", "How", "Where", "However", "Meanwhile", "Also", "Both", "Other",
        "Officials", "Police", "According",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLookup = Dates.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/> (without its final period) keeps the period: a known abbreviation,
    /// a single-letter initial ("J"), or dotted letters ("U.S", "e.g", "a.m").
    /// </summary>
    public static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (IsDottedLetters(word))
        {
            return true;
        }

        // Capitalised or lower-case forms only: "ST" in capitals is more likely an acronym that ends a sentence.
        return TitleLookup.Contains(word) || DateLookup.Contains(word) || OtherLookup.Contains(word);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> keeps its period when a number follows ("No. 10").</summary>
    public static bool KeepsPeriodBeforeNumber(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    /// <summary>A title or initial: its period never ends a sentence.</summary>
    public static bool IsTitleOrInitial(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || TitleLookup.Contains(word);

    /// <summary>Abbreviations that introduce what follows ("e.g.", "i.e.", "cf.", "vs."): never a sentence end.</summary>
    public static bool IsIntroducer(ReadOnlySpan<char> word) =>
        word.Equals("e.g", StringComparison.OrdinalIgnoreCase) || word.Equals("i.e", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cf", StringComparison.OrdinalIgnoreCase) || word.Equals("vs", StringComparison.OrdinalIgnoreCase)
        || word.Equals("viz", StringComparison.OrdinalIgnoreCase);

    public static bool IsDotted(ReadOnlySpan<char> word) => word.Length > 1 && IsDottedLetters(word);

    public static bool IsDateAbbreviation(ReadOnlySpan<char> word) => DateLookup.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    /// <summary>"U.S", "e.g", "a.m", "U.N": letters in groups of at most two, separated by single periods.</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        int run = 0;
        bool sawDot = false;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                sawDot = true;
                run = 0;
            }
            else if (char.IsLetter(c))
            {
                if (++run > 2)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return sawDot && run > 0;
    }
}
