using System.Globalization;
using Sitrep.Documents;

namespace Sitrep.Time.Internal;

/// <summary>A mention turned into its TIMEX3 value, type and mod.</summary>
internal readonly record struct NormalizedTimex(string Value, TimexType Type, string? Mod);

/// <summary>
/// Turns recognized mentions into TIMEX3 values against the publication date. Without a publication
/// date, relative expressions keep unresolved values (XXXX-WXX-3, XXXX-07, PAST_REF): nothing is
/// invented. Approximate values say so: "two weeks ago" is a day with mod APPROX, "16 months ago"
/// a month with mod APPROX, never a pretended exact day.
/// </summary>
internal static class TimexNormalizer
{
    /// <summary>Normalizes every kind except <see cref="MentionKind.EventRelative"/>, which needs an anchor.</summary>
    /// <param name="tense">-1 past, +1 future, 0 unknown: the clause's tense, asked for only when needed.</param>
    public static NormalizedTimex? Normalize(in TimeMention m, DateOnly? published, Func<int> tense, TimexOptions options)
    {
        try
        {
            var result = NormalizeUnchecked(m, published, tense, options);

            // early/mid/late and end-of apply whatever the kind ("early Monday", "late 2011").
            return result is { } r && m.Mod is not null ? r with { Mod = m.Mod } : result;
        }
        catch (ArgumentOutOfRangeException)
        {
            // "999999 months ago", "next year" in a paper of 9999: off the calendar, so only the direction is kept.
            return OffCalendar(m);
        }
    }

    /// <summary>"two days later" against the anchor day it was resolved to.</summary>
    public static NormalizedTimex Relative(in TimeMention m, DateOnly anchor)
    {
        try
        {
            return RelativeUnchecked(m, anchor);
        }
        catch (ArgumentOutOfRangeException)
        {
            return OffCalendar(m);
        }
    }

    private static NormalizedTimex OffCalendar(in TimeMention m) =>
        new(m.Direction > 0 ? "FUTURE_REF" : m.Direction < 0 ? "PAST_REF" : "PRESENT_REF", TimexType.Date, null);

    private static NormalizedTimex? NormalizeUnchecked(in TimeMention m, DateOnly? published, Func<int> tense, TimexOptions options)
    {
        return m.Kind switch
        {
            MentionKind.Calendar => Calendar(m, published, tense),
            MentionKind.Weekday => Weekday(m, published, tense, options),
            MentionKind.Deictic => Deictic(m, published),
            MentionKind.Ago => Ago(m, published),
            MentionKind.RelativeUnit when m.Unit == TimeUnit.Weekend && !m.HasDirection => TheWeekend(published, tense),
            MentionKind.RelativeUnit => RelativeUnit(m, published, options),
            MentionKind.Duration => new(TimexRecognizer.PeriodValue(m.Count, m.Unit), TimexType.Duration, m.Mod),
            MentionKind.Clock => Clock(m, published),
            MentionKind.Reference or MentionKind.Set =>
                new(m.Value!, m.Kind == MentionKind.Set ? TimexType.Set : TimexType.Date, null),
            MentionKind.Decade => new(Invariant($"{m.Year:D3}"), TimexType.Date, m.Mod),
            MentionKind.Century => new(Invariant($"{m.Year:D2}"), TimexType.Date, m.Mod),
            MentionKind.Season => Season(m, published, tense),
            _ => null,
        };
    }

    private static NormalizedTimex RelativeUnchecked(in TimeMention m, DateOnly anchor)
    {
        // "that day", "that night", "later that week": the anchor's own day, week, month or year.
        if (m.Count == 0)
        {
            return m.PartOfDay > 0
                ? new(DateText(anchor) + "T" + TimexRecognizer.PartOfDayCode(m.PartOfDay), TimexType.Time, null)
                : m.Unit switch
                {
                    TimeUnit.Day => DayValue(anchor, null),
                    TimeUnit.Week => new(WeekValue(anchor), TimexType.Date, null),
                    TimeUnit.Month => new(MonthValue(anchor), TimexType.Date, null),
                    _ => new(YearText(anchor.Year), TimexType.Date, null),
                };
        }

        int n = m.Count == TimeMention.Vague ? 0 : m.Count * m.Direction;
        if (m.Count == TimeMention.Vague)
        {
            return new(m.Direction > 0 ? "FUTURE_REF" : "PAST_REF", TimexType.Date, null);
        }

        return m.Unit switch
        {
            TimeUnit.Day => DayValue(anchor.AddDays(n), null),
            TimeUnit.Week or TimeUnit.Weekend => DayValue(anchor.AddDays(7 * n), null),
            TimeUnit.Month => new(MonthValue(anchor.AddMonths(n)), TimexType.Date, null),
            TimeUnit.Year => new(YearText(anchor.Year + n), TimexType.Date, null),
            TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => DayValue(anchor, "APPROX"),
            _ => new(DecadeText((anchor.Year / 10) + n), TimexType.Date, null),
        };
    }

    private static NormalizedTimex? Calendar(in TimeMention m, DateOnly? published, Func<int> tense)
    {
        int year = m.Year;
        if (year == 0 && published is { } pub)
        {
            year = InferYear(m, pub, tense);
        }

        if (m.Day > 0)
        {
            if (year == 0)
            {
                return new(Invariant($"XXXX-{m.Month:D2}-{m.Day:D2}"), TimexType.Date, m.Mod);
            }

            // 29 February in a year without one is not a date.
            if (m.Day > DateTime.DaysInMonth(year, m.Month))
            {
                return null;
            }

            return DayValue(new DateOnly(year, m.Month, m.Day), m.Mod);
        }

        string yearText = year == 0 ? "XXXX" : YearText(year);
        string value = m.Month > 0 ? Invariant($"{yearText}-{m.Month:D2}") : yearText;
        return new(value, TimexType.Date, m.Mod);
    }

    /// <summary>The year of a date written without one: by last/next/this, else by tense, else the nearest.</summary>
    private static int InferYear(in TimeMention m, DateOnly pub, Func<int> tense)
    {
        // Compare month and day as one number so "22 July" and "July" share the rule.
        int target = (m.Month * 32) + m.Day;
        int now = (pub.Month * 32) + (m.Day > 0 ? pub.Day : 0);
        if (m.HasDirection)
        {
            return m.Direction switch
            {
                < 0 => target < now ? pub.Year : pub.Year - 1,
                > 0 => target > now ? pub.Year : pub.Year + 1,
                _ => pub.Year,
            };
        }

        return tense() switch
        {
            < 0 => target <= now ? pub.Year : pub.Year - 1,
            > 0 => target >= now ? pub.Year : pub.Year + 1,
            _ => (m.Month - pub.Month) switch
            {
                > 6 => pub.Year - 1,
                < -6 => pub.Year + 1,
                _ => pub.Year,
            },
        };
    }

    private static NormalizedTimex Weekday(in TimeMention m, DateOnly? published, Func<int> tense, TimexOptions options)
    {
        string part = m.PartOfDay > 0 ? "T" + TimexRecognizer.PartOfDayCode(m.PartOfDay) : "";
        var type = m.PartOfDay > 0 ? TimexType.Time : TimexType.Date;
        if (published is not { } pub)
        {
            return new(Invariant($"XXXX-WXX-{m.Weekday}{part}"), type, null);
        }

        int today = IsoDayOfWeek(pub);
        int back = (today - m.Weekday + 7) % 7;
        int forward = (m.Weekday - today + 7) % 7;
        DateOnly day;
        if (m.HasDirection)
        {
            // last: strictly before; next: strictly after; "this Friday": the one of this week, past or ahead by tense.
            day = m.Direction switch
            {
                < 0 => pub.AddDays(-(back == 0 ? 7 : back)),
                > 0 => pub.AddDays(forward == 0 ? 7 : forward),
                _ => tense() < 0 ? pub.AddDays(-back) : pub.AddDays(forward),
            };
        }
        else
        {
            // Future tense: the next such day; past or no cue (news reports mostly what has happened):
            // the most recent such day strictly before publication.
            int sameDayBack = options.SameWeekdayIsPublicationDay ? 0 : 7;
            day = tense() > 0 ? pub.AddDays(forward == 0 ? 7 : forward) : pub.AddDays(-(back == 0 ? sameDayBack : back));
        }

        return new(DateText(day) + part, type, null);
    }

    private static NormalizedTimex Deictic(in TimeMention m, DateOnly? published)
    {
        string part = m.PartOfDay > 0 ? "T" + TimexRecognizer.PartOfDayCode(m.PartOfDay) : "";
        var type = m.PartOfDay > 0 ? TimexType.Time : TimexType.Date;
        if (published is not { } pub)
        {
            string reference = m.Direction switch
            {
                < 0 => "PAST_REF",
                > 0 => "FUTURE_REF",
                _ => "PRESENT_REF",
            };
            return new(reference, TimexType.Date, null);
        }

        var day = pub.AddDays(m.Direction);
        return new(DateText(day) + part, type, null);
    }

    private static NormalizedTimex Ago(in TimeMention m, DateOnly? published)
    {
        int sign = m.Direction > 0 ? 1 : -1;
        if (published is not { } pub || m.Count == TimeMention.Vague)
        {
            return new(sign > 0 ? "FUTURE_REF" : "PAST_REF", TimexType.Date, null);
        }

        int n = m.Count * sign;
        return m.Unit switch
        {
            // "11 days ago" is a day; "two weeks ago" roughly one; months and years only at their own precision.
            TimeUnit.Day => DayValue(pub.AddDays(n), null),
            TimeUnit.Week or TimeUnit.Weekend => new(DateText(pub.AddDays(7 * n)), TimexType.Date, "APPROX"),
            TimeUnit.Month => new(MonthValue(pub.AddMonths(n)), TimexType.Date, "APPROX"),
            TimeUnit.Quarter => new(MonthValue(pub.AddMonths(3 * n)), TimexType.Date, "APPROX"),
            TimeUnit.Year => new(YearText(pub.Year + n), TimexType.Date, "APPROX"),
            TimeUnit.Decade => new(DecadeText(CheckedYear(pub.Year + (10 * n)) / 10), TimexType.Date, "APPROX"),
            TimeUnit.Century => new(CenturyText(CheckedYear(pub.Year + (100 * n)) / 100), TimexType.Date, "APPROX"),
            TimeUnit.Hour when m.Count >= 24 => new(DateText(pub.AddDays(sign * ((m.Count + 12) / 24))), TimexType.Date, "APPROX"),
            _ => new(DateText(pub), TimexType.Date, null),
        };
    }

    private static NormalizedTimex RelativeUnit(in TimeMention m, DateOnly? published, TimexOptions options)
    {
        int d = m.Direction;
        if (published is not { } pub)
        {
            string unresolved = m.Unit switch
            {
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                _ => "XXXX",
            };
            return new(unresolved, TimexType.Date, m.Mod);
        }

        string value = m.Unit switch
        {
            TimeUnit.Week => WeekValue(d < 0 && options.LastWeekOnSundayIsEndingWeek && pub.DayOfWeek == DayOfWeek.Sunday ? pub : pub.AddDays(7 * d)),
            TimeUnit.Weekend => WeekValue(pub.AddDays(7 * d)) + "-WE",
            TimeUnit.Month => MonthValue(pub.AddMonths(d)),
            TimeUnit.Quarter => QuarterValue(pub.AddMonths(3 * d)),
            TimeUnit.Year => YearText(pub.Year + d),
            TimeUnit.Decade => DecadeText((pub.Year / 10) + d),
            _ => CenturyText((pub.Year / 100) + d),
        };
        return new(value, TimexType.Date, m.Mod);
    }

    /// <summary>"the weekend": in the past tense (or with no cue) the last one begun by publication, else the next.</summary>
    private static NormalizedTimex TheWeekend(DateOnly? published, Func<int> tense)
    {
        if (published is not { } pub)
        {
            return new("XXXX-WXX-WE", TimexType.Date, null);
        }

        bool inWeekend = pub.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        int weeks = tense() > 0 ? (inWeekend ? 1 : 0) : (inWeekend ? 0 : -1);
        return new(WeekValue(pub.AddDays(7 * weeks)) + "-WE", TimexType.Date, null);
    }

    private static NormalizedTimex Clock(in TimeMention m, DateOnly? published)
    {
        string date = published is { } pub ? DateText(pub) : "XXXX-XX-XX";
        string zone = m.ZoneMinutes switch
        {
            null => "",
            0 => "Z",
            int z => Invariant($"{(z < 0 ? '-' : '+')}{Math.Abs(z) / 60:D2}:{Math.Abs(z) % 60:D2}"),
        };
        return new(Invariant($"{date}T{m.Hour:D2}:{m.Minute:D2}{zone}"), TimexType.Time, null);
    }

    private static NormalizedTimex Season(in TimeMention m, DateOnly? published, Func<int> tense)
    {
        string code = m.Month switch
        {
            1 => "SP",
            2 => "SU",
            3 => "FA",
            _ => "WI",
        };
        int year = m.Year;
        if (year == 0 && published is { } pub)
        {
            year = pub.Year + m.Direction;
            if (!m.HasDirection)
            {
                // Seasons start in March, June, September, December; winter runs into the next year.
                int firstMonth = m.Month * 3, lastMonth = firstMonth + 2;
                int cue = tense();
                year += cue < 0 && firstMonth > pub.Month ? -1 : cue > 0 && lastMonth < pub.Month ? 1 : 0;
            }
        }

        string yearText = year == 0 ? "XXXX" : YearText(year);
        return new(yearText + "-" + code, TimexType.Date, m.Mod);
    }

    private static NormalizedTimex DayValue(DateOnly day, string? mod) => new(DateText(day), TimexType.Date, mod);

    internal static int IsoDayOfWeek(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    internal static string DateText(DateOnly d) => Invariant($"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    private static string MonthValue(DateOnly d) => Invariant($"{d.Year:D4}-{d.Month:D2}");

    private static string QuarterValue(DateOnly d) => Invariant($"{d.Year:D4}-Q{((d.Month - 1) / 3) + 1}");

    private static string WeekValue(DateOnly d)
    {
        var date = d.ToDateTime(TimeOnly.MinValue);
        return Invariant($"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    /// <summary>A year as four digits; years off the TIMEX3 calendar (before 1, after 9999) are out of range.</summary>
    private static string YearText(int year) => CheckedYear(year).ToString("D4", CultureInfo.InvariantCulture);

    private static int CheckedYear(int year) => year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year));

    private static string DecadeText(int decade) =>
        decade is >= 0 and <= 999 ? decade.ToString("D3", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(decade));

    private static string CenturyText(int century) =>
        century is >= 0 and <= 99 ? century.ToString("D2", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(century));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
