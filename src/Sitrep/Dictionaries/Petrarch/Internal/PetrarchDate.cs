using System.Globalization;

namespace Sitrep.Dictionaries.Petrarch.Internal;

/// <summary>
/// Dates in PETRARCH dictionaries: YYYYMMDD, or YYMMDD where, as in KEDS and TABARI, 00–30 means 20YY
/// and 31–99 means 19YY.
/// </summary>
internal static class PetrarchDate
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        s = s.Trim();
        if (s.Length is not (6 or 8))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int year, rest;
        if (s.Length == 6)
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        else
        {
            year = int.Parse(s[..4], CultureInfo.InvariantCulture);
            rest = 4;
        }

        int month = int.Parse(s.Slice(rest, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(s.Slice(rest + 2, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
