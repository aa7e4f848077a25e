namespace Sitrep.Time.Internal;

/// <summary>What kind of temporal expression the recognizer found; decides how it is normalized.</summary>
internal enum MentionKind : byte
{
    /// <summary>Calendar fields written out: year, month, day, any of which may be missing ("22 July", "May 2011").</summary>
    Calendar,

    /// <summary>A weekday, with an explicit direction (last/next/this) or none (then tense decides).</summary>
    Weekday,

    /// <summary>yesterday, today, tomorrow, tonight: an offset in days from publication.</summary>
    Deictic,

    /// <summary>"N units ago" (Direction -1), "in N units' time", "N units from now" (Direction +1).</summary>
    Ago,

    /// <summary>last/this/next week, month, year …; "earlier this month".</summary>
    RelativeUnit,

    /// <summary>"two days later", "the next day": relative to an earlier date in the text.</summary>
    EventRelative,

    Duration,
    Clock,

    /// <summary>PAST_REF, PRESENT_REF, FUTURE_REF.</summary>
    Reference,

    /// <summary>"every Friday", "daily": the value is fixed by the recognizer.</summary>
    Set,

    /// <summary>"the 1990s": a decade, value like 199.</summary>
    Decade,

    /// <summary>"the 19th century": value like 18.</summary>
    Century,

    /// <summary>"last summer", "summer 2011".</summary>
    Season,
}

/// <summary>
/// A recognized but not yet normalized expression: token range plus the fields its words gave.
/// Normalization (publication date, tense, anchors) happens in <see cref="TimexNormalizer"/>.
/// </summary>
internal struct TimeMention
{
    public const int Unknown = 0;

    /// <summary>Count value meaning "some number" (several, for decades): written X in TIMEX3.</summary>
    public const int Vague = -1;

    public int FirstToken;
    public int EndToken;
    public MentionKind Kind;
    public int Year;
    public int Month;
    public int Day;
    public int Weekday;
    public int Count;
    public TimeUnit Unit;

    /// <summary>-1 last/earlier/ago, 0 this, +1 next/later; for Deictic the day offset.</summary>
    public int Direction;

    /// <summary>True where a direction word was written (last, next, this); false where tense must decide.</summary>
    public bool HasDirection;

    /// <summary>0 none, 1 morning, 2 afternoon, 3 evening, 4 night.</summary>
    public int PartOfDay;
    public int Hour;
    public int Minute;
    public int? ZoneMinutes;

    /// <summary>Fixed value for references and sets (PAST_REF, XXXX-WXX-5, P1D).</summary>
    public string? Value;

    /// <summary>TIMEX3 mod from early/mid/late (START, MID, END).</summary>
    public string? Mod;
}
