namespace Sitrep.Time;

/// <summary>How to read all-numeric dates such as 03/04/2012.</summary>
public enum NumericDateOrder
{
    /// <summary>03/04/2012 is 3 April 2012 (British, European and most world news usage). The default.</summary>
    DayFirst,

    /// <summary>03/04/2012 is 4 March 2012 (United States usage).</summary>
    MonthFirst,
}

/// <summary>
/// The conventions the time stage applies where English leaves a choice. Immutable; the defaults
/// suit English-language international news.
/// </summary>
public sealed record TimexOptions
{
    /// <summary>
    /// Convention for all-numeric dates. Whatever is chosen, a field above 12 can only be the day,
    /// so 22/07/2012 and 07/22/2012 are read the same way under both.
    /// </summary>
    public NumericDateOrder NumericDateOrder { get; init; } = NumericDateOrder.DayFirst;

    /// <summary>
    /// In a paper published on a Sunday, "last week" is the ISO week that ends that day (the week the
    /// Sunday paper reviews), not the one before it. True by default; false gives the strict TIMEX3
    /// reading (always the previous ISO week).
    /// </summary>
    public bool LastWeekOnSundayIsEndingWeek { get; init; } = true;

    /// <summary>
    /// A past-tense weekday that is the publication's own weekday ("rebels attacked on Friday" in a
    /// Friday paper) is the day a week before (false, the default: TIMEX3's strictly-before reading)
    /// or the publication day itself (true: the convention of same-day wire copy).
    /// </summary>
    public bool SameWeekdayIsPublicationDay { get; init; }
}
