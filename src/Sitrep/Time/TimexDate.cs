using System.Globalization;

namespace Sitrep.Time;

/// <summary>How much of a calendar date a TIMEX3 value pins down.</summary>
public enum TimexPrecision
{
    Century,
    Decade,
    Year,
    Season,
    Quarter,
    Month,
    Week,
    Day,
}

/// <summary>
/// The stretch of calendar a TIMEX3 date value stands for: "2012-07-18" is one day, "2012-W29" the
/// seven days of that ISO week, "2011-03" a month, "199" a decade. Not a timestamp and not exact
/// unless <see cref="Precision"/> is <see cref="TimexPrecision.Day"/>. Durations, sets, references
/// (PAST_REF) and unresolved values (XXXX-WXX-3) are not calendar stretches: <see cref="TryParse"/>
/// refuses them. A time of day after the date ("2012-07-22T07:34Z") is ignored: the day is kept.
/// </summary>
public readonly record struct TimexDate(DateOnly First, DateOnly Last, TimexPrecision Precision)
{
    public static bool TryParse(string? value, out TimexDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        var v = value.AsSpan();
        int t = v.IndexOf('T');
        if (t >= 0)
        {
            v = v[..t];
        }

        try
        {
            return TryParseCalendar(v, out date);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A well-formed value naming a day that does not exist (2011-02-29, week 54).
            return false;
        }
    }

    private static bool TryParseCalendar(ReadOnlySpan<char> v, out TimexDate date)
    {
        date = default;
        switch (v.Length)
        {
            case 2 when Digits(v, out int century):
                date = new(new DateOnly(Math.Max(1, century * 100), 1, 1), new DateOnly((century * 100) + 99, 12, 31), TimexPrecision.Century);
                return true;
            case 3 when Digits(v, out int decade):
                date = new(new DateOnly(Math.Max(1, decade * 10), 1, 1), new DateOnly((decade * 10) + 9, 12, 31), TimexPrecision.Decade);
                return true;
            case 4 when Digits(v, out int year) && year > 0:
                date = new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimexPrecision.Year);
                return true;
        }

        if (v.Length < 7 || v[4] != '-' || !Digits(v[..4], out int y) || y == 0)
        {
            return false;
        }

        var rest = v[5..];
        if (rest.Length == 2 && Digits(rest, out int month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(y, month, 1);
            date = new(first, first.AddMonths(1).AddDays(-1), TimexPrecision.Month);
            return true;
        }

        if (rest.Length == 5 && rest[2] == '-' && Digits(rest[..2], out month) && Digits(rest[3..], out int day))
        {
            var d = new DateOnly(y, month, day);
            date = new(d, d, TimexPrecision.Day);
            return true;
        }

        if (rest[0] == 'W' && rest.Length >= 3 && Digits(rest.Slice(1, 2), out int week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, week, DayOfWeek.Monday));
            date = rest.EndsWith("-WE")
                ? new(monday.AddDays(5), monday.AddDays(6), TimexPrecision.Week)
                : new(monday, monday.AddDays(6), TimexPrecision.Week);
            return true;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var first = new DateOnly(y, ((rest[1] - '1') * 3) + 1, 1);
            date = new(first, first.AddMonths(3).AddDays(-1), TimexPrecision.Quarter);
            return true;
        }

        // Northern-hemisphere meteorological seasons; winter runs into the next year.
        (int from, int to)? season = rest switch
        {
            "SP" => (3, 5),
            "SU" => (6, 8),
            "FA" => (9, 11),
            "WI" => (12, 14),
            _ => null,
        };
        if (season is { } s)
        {
            var first = new DateOnly(y, s.from, 1);
            date = new(first, first.AddMonths(s.to - s.from + 1).AddDays(-1), TimexPrecision.Season);
            return true;
        }

        return false;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
