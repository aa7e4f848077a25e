using System.Collections.Frozen;

namespace Sitrep.Time.Internal;

/// <summary>What a word can contribute to a temporal expression.</summary>
internal enum WordKind : byte
{
    Other,
    Weekday,
    WeekdayPlural,
    Month,
    MonthAbbreviation,
    NumberWord,
    Article,
    Vague,
    Unit,
    Deictic,
    Direction,
    Ago,
    Later,
    Earlier,
    Every,
    PartOfDay,
    Season,
    Zone,
    Edge,
    Recent,
    PresentRef,
    PastRef,
    FutureRef,
    The,
    Signal,
    Meridiem,
    NamedTime,
    SetAdverb,
    Ordinal,
    Term,
    That,
    Same,
}

/// <summary>A calendar or clock unit. The numeric order matters: smaller units first.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>One lexicon entry: the kind of word and a small payload (weekday 1–7, month 1–12, a number …).</summary>
internal readonly record struct WordInfo(WordKind Kind, int Value = 0, TimeUnit Unit = TimeUnit.None, bool Plural = false);

/// <summary>
/// The closed-class vocabulary of English time expressions, looked up by span without allocating.
/// Built once; immutable and safe to share across threads.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, WordInfo> Words = Build();

    /// <summary>Span lookup into <see cref="Words"/>: the hot path never allocates a string.</summary>
    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> ByWord =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"after" and "before" are both signals ("before May 2011") and relative words ("two days before").</summary>
    public static bool IsSignal(in WordInfo info) =>
        info.Kind == WordKind.Signal || (info.Kind is WordKind.Later or WordKind.Earlier && Math.Abs(info.Value) == 2);

    public static WordInfo Lookup(ReadOnlySpan<char> word) =>
        word.Length <= 13 && ByWord.TryGetValue(word, out var info) ? info : default;

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (int i = 0; i < weekdays.Length; i++)
        {
            d[weekdays[i]] = new(WordKind.Weekday, i + 1);
            d[weekdays[i] + "s"] = new(WordKind.WeekdayPlural, i + 1);
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (int i = 0; i < months.Length; i++)
        {
            d[months[i]] = new(WordKind.Month, i + 1);
        }

        // Abbreviations only count next to a day or a year ("Jan 5", "Sept. 2011"): alone they are names.
        string[] abbreviations = ["Jan", "Feb", "Mar", "Apr", "", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        for (int i = 0; i < abbreviations.Length; i++)
        {
            if (abbreviations[i].Length > 0)
            {
                d[abbreviations[i]] = new(WordKind.MonthAbbreviation, i + 1);
            }
        }

        d["Sept"] = new(WordKind.MonthAbbreviation, 9);

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < ones.Length; i++)
        {
            d[ones[i]] = new(WordKind.NumberWord, i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new(WordKind.NumberWord, (i + 2) * 10);
        }

        d["hundred"] = new(WordKind.NumberWord, 100);
        d["dozen"] = new(WordKind.NumberWord, 12);
        d["a"] = new(WordKind.Article, 1);
        d["an"] = new(WordKind.Article, 1);
        d["couple"] = new(WordKind.NumberWord, 2);

        // Counts that are not numbers: the value becomes X ("several days" → PXD).
        foreach (var w in (string[])["several", "few", "many", "some", "numerous", "countless"])
        {
            d[w] = new(WordKind.Vague);
        }

        AddUnit(d, "second", TimeUnit.Second);
        AddUnit(d, "minute", TimeUnit.Minute);
        AddUnit(d, "hour", TimeUnit.Hour);
        AddUnit(d, "day", TimeUnit.Day);
        AddUnit(d, "weekend", TimeUnit.Weekend);
        AddUnit(d, "week", TimeUnit.Week);
        AddUnit(d, "month", TimeUnit.Month);
        AddUnit(d, "quarter", TimeUnit.Quarter);
        AddUnit(d, "year", TimeUnit.Year);
        AddUnit(d, "decade", TimeUnit.Decade);
        d["century"] = new(WordKind.Unit, 0, TimeUnit.Century);
        d["centuries"] = new(WordKind.Unit, 0, TimeUnit.Century, Plural: true);

        d["yesterday"] = new(WordKind.Deictic, -1);
        d["today"] = new(WordKind.Deictic, 0);
        d["tomorrow"] = new(WordKind.Deictic, 1);
        d["tonight"] = new(WordKind.Deictic, 100);

        d["last"] = new(WordKind.Direction, -1);
        d["past"] = new(WordKind.Direction, -1);
        d["previous"] = new(WordKind.Direction, -1);
        d["next"] = new(WordKind.Direction, 1);
        d["coming"] = new(WordKind.Direction, 1);
        d["following"] = new(WordKind.Direction, 1);
        d["this"] = new(WordKind.Direction, 0);

        d["ago"] = new(WordKind.Ago);
        d["later"] = new(WordKind.Later, 1);
        d["after"] = new(WordKind.Later, 2);
        d["earlier"] = new(WordKind.Earlier, -1);
        d["before"] = new(WordKind.Earlier, -2);
        d["every"] = new(WordKind.Every);
        d["each"] = new(WordKind.Every);

        d["morning"] = new(WordKind.PartOfDay, 1);
        d["afternoon"] = new(WordKind.PartOfDay, 2);
        d["evening"] = new(WordKind.PartOfDay, 3);
        d["night"] = new(WordKind.PartOfDay, 4);

        d["spring"] = new(WordKind.Season, 1);
        d["summer"] = new(WordKind.Season, 2);
        d["autumn"] = new(WordKind.Season, 3);
        d["fall"] = new(WordKind.Season, 3);
        d["winter"] = new(WordKind.Season, 4);

        // Zones with their UTC offset in minutes.
        d["GMT"] = new(WordKind.Zone, 0);
        d["UTC"] = new(WordKind.Zone, 0);
        d["BST"] = new(WordKind.Zone, 60);
        d["CET"] = new(WordKind.Zone, 60);
        d["CEST"] = new(WordKind.Zone, 120);
        d["EET"] = new(WordKind.Zone, 120);
        d["EEST"] = new(WordKind.Zone, 180);
        d["EST"] = new(WordKind.Zone, -300);
        d["EDT"] = new(WordKind.Zone, -240);
        d["CST"] = new(WordKind.Zone, -360);
        d["CDT"] = new(WordKind.Zone, -300);
        d["MST"] = new(WordKind.Zone, -420);
        d["MDT"] = new(WordKind.Zone, -360);
        d["PST"] = new(WordKind.Zone, -480);
        d["PDT"] = new(WordKind.Zone, -420);
        d["IST"] = new(WordKind.Zone, 330);
        d["JST"] = new(WordKind.Zone, 540);

        d["early"] = new(WordKind.Edge, 1);
        d["mid"] = new(WordKind.Edge, 2);
        d["late"] = new(WordKind.Edge, 3);

        d["recent"] = new(WordKind.Recent);
        d["recently"] = new(WordKind.PastRef);
        d["lately"] = new(WordKind.PastRef);
        d["formerly"] = new(WordKind.PastRef);
        d["previously"] = new(WordKind.PastRef);
        d["now"] = new(WordKind.PresentRef);
        d["currently"] = new(WordKind.PresentRef);
        d["nowadays"] = new(WordKind.PresentRef);
        d["presently"] = new(WordKind.PresentRef);
        d["soon"] = new(WordKind.FutureRef);
        d["term"] = new(WordKind.Term);
        d["that"] = new(WordKind.That);
        d["same"] = new(WordKind.Same);

        d["the"] = new(WordKind.The);
        foreach (var w in (string[])["in", "on", "since", "by", "until", "till", "from", "during", "before", "after", "of", "through",
            "throughout", "between", "and", "to", "around", "about", "circa", "in", "into", "at", "for", "over", "within", "year", "than", "or"])
        {
            d.TryAdd(w, new(WordKind.Signal));
        }

        d["am"] = new(WordKind.Meridiem, 0);
        d["pm"] = new(WordKind.Meridiem, 12);
        d["noon"] = new(WordKind.NamedTime, 12);
        d["midday"] = new(WordKind.NamedTime, 12);
        d["midnight"] = new(WordKind.NamedTime, 24);

        d["daily"] = new(WordKind.SetAdverb, 0, TimeUnit.Day);
        d["weekly"] = new(WordKind.SetAdverb, 0, TimeUnit.Week);
        d["monthly"] = new(WordKind.SetAdverb, 0, TimeUnit.Month);
        d["annually"] = new(WordKind.SetAdverb, 0, TimeUnit.Year);
        d["yearly"] = new(WordKind.SetAdverb, 0, TimeUnit.Year);
        d["nightly"] = new(WordKind.SetAdverb, 4, TimeUnit.Day);

        d["st"] = new(WordKind.Ordinal);
        d["nd"] = new(WordKind.Ordinal);
        d["rd"] = new(WordKind.Ordinal);
        d["th"] = new(WordKind.Ordinal);

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddUnit(Dictionary<string, WordInfo> d, string singular, TimeUnit unit)
    {
        d[singular] = new(WordKind.Unit, 0, unit);
        d[singular + "s"] = new(WordKind.Unit, 0, unit, Plural: true);
    }
}
