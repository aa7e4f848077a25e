namespace Sitrep.Time.Internal;

/// <summary>
/// Finds temporal expressions in the token stream: at each token it tries the patterns that can
/// start with that kind of word, longest first, and jumps past a match. Hand-written rather than a
/// regex so that the common case (a word that cannot start a time expression) costs one lookup
/// already done by the tokenizer.
/// </summary>
internal sealed class TimexRecognizer(TimeTokens tokens, NumericDateOrder numericOrder)
{
    private readonly TimeTokens _t = tokens;

    public void Recognize(List<TimeMention> found)
    {
        int i = 0;
        while (i < _t.Count)
        {
            if (TryMatch(i, out var mention))
            {
                found.Add(mention);
                i = mention.EndToken;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryMatch(int i, out TimeMention m)
    {
        ref var token = ref _t[i];
        m = default;
        if (token.Shape == TokenShape.Number)
        {
            return MatchNumber(i, out m);
        }

        if (token.Shape != TokenShape.Word)
        {
            return false;
        }

        return token.Info.Kind switch
        {
            WordKind.Weekday => MatchWeekday(i, out m),
            WordKind.WeekdayPlural => MatchWeekdayPlural(i, out m),
            WordKind.Month or WordKind.MonthAbbreviation => MatchMonth(i, out m),
            WordKind.NumberWord or WordKind.Article or WordKind.Vague => MatchCounted(i, out m),
            WordKind.Deictic => MatchDeictic(i, out m),
            WordKind.Direction => MatchDirection(i, out m),
            WordKind.The => MatchThe(i, out m),
            WordKind.Edge => MatchEdge(i, out m),
            WordKind.Earlier or WordKind.Later => MatchEarlierThis(i, out m) || MatchThatDay(i + 1, i, out m),
            WordKind.That => MatchThatDay(i, i, out m),
            WordKind.Every => MatchEvery(i, out m),
            WordKind.PastRef => Reference(i, i + 1, "PAST_REF", out m),
            WordKind.PresentRef => !(_t.IsWord(i, "now") && (_t.IsWord(i - 1, "every") || (_t.IsPunct(i + 1, '-') && _t.TouchesPrevious(i + 1))))
                && Reference(i, i + 1, "PRESENT_REF", out m),
            WordKind.FutureRef => Reference(i, i + 1, "FUTURE_REF", out m),
            WordKind.Recent => MatchRecent(i, out m),
            WordKind.SetAdverb => MatchSetAdverb(i, out m),
            WordKind.NamedTime => MatchNamedTime(i, out m),
            WordKind.Season => MatchSeason(i, out m),
            WordKind.Unit => MatchBareUnit(i, out m),
            _ => false,
        };
    }

    // ---- numbers: ISO and numeric dates, clock times, "22 July 2012", years, "16 months" ----

    private bool MatchNumber(int i, out TimeMention m)
    {
        ref var n = ref _t[i];
        m = default;

        // 2012-07-22
        if (n.Digits == 4 && n.Number >= 1000 && _t.IsPunct(i + 1, '-') && _t.TouchesPrevious(i + 1) && IsDigits(i + 2, 1, 2) && _t.TouchesPrevious(i + 2)
            && _t.IsPunct(i + 3, '-') && _t.TouchesPrevious(i + 3) && IsDigits(i + 4, 1, 2) && _t.TouchesPrevious(i + 4))
        {
            return Calendar(i, i + 5, n.Number, _t[i + 2].Number, _t[i + 4].Number, out m);
        }

        // 22/07/2012, 22.07.2012, 7/22/12
        if (n.Digits <= 2 && (_t.IsPunct(i + 1, '/') || _t.IsPunct(i + 1, '.')) && _t.TouchesPrevious(i + 1)
            && IsDigits(i + 2, 1, 2) && _t.TouchesPrevious(i + 2)
            && _t.IsPunct(i + 3, _t.Text[_t[i + 1].Start]) && _t.TouchesPrevious(i + 3)
            && (IsDigits(i + 4, 4, 4) || IsDigits(i + 4, 2, 2)) && _t.TouchesPrevious(i + 4))
        {
            return NumericDate(i, out m);
        }

        if (MatchClock(i, out m))
        {
            return true;
        }

        // 22 July 2012, 22nd of July, 1 Sept. 2011
        if (n.Digits <= 2 && n.Number is >= 1 and <= 31)
        {
            int j = i + 1;
            if (_t.Is(j, WordKind.Ordinal) && _t.TouchesPrevious(j))
            {
                j++;
            }

            if (_t.IsWord(j, "of"))
            {
                j++;
            }

            if (IsMonthWord(j, requireContext: false))
            {
                int month = _t[j].Info.Value;
                j = SkipAbbreviationDot(j);
                int year = 0;
                int end = j + 1;
                int y = _t.IsPunct(end, ',') ? end + 1 : end;
                if (IsYear(y))
                {
                    year = _t[y].Number;
                    end = y + 1;
                }
                else if (_t[j].Info.Kind == WordKind.MonthAbbreviation && !_t.IsWord(j, "Sept") && !IsYear(y))
                {
                    // "3 Mar" alone is too often something else; keep abbreviations for full dates.
                }

                return Calendar(i, end, year, month, n.Number, out m);
            }
        }

        // 1990s
        if (n.Digits == 4 && n.Number % 10 == 0 && _t.IsWord(i + 1, "s") && _t.TouchesPrevious(i + 1))
        {
            m = Make(i, i + 2, MentionKind.Decade);
            m.Year = n.Number / 10;
            return true;
        }

        // A bare year needs a signal before it ("in 2012", "since 2011", "mid-2011") and no noun after it
        // ("a survey of 1709 schoolchildren" counts children).
        if (IsYear(i) && i > 0 && (IsYearSignal(i - 1) || _t.Is(i - 1, WordKind.Edge) || (_t.IsPunct(i - 1, '-') && _t.Is(i - 2, WordKind.Edge))) && !CountsSomething(i + 1))
        {
            return Calendar(i, i + 1, n.Number, 0, 0, out m);
        }

        // "in 2005, 2009 and 2011": a year continuing a list of years.
        if (IsYear(i) && i >= 2 && _t.IsPunct(i - 1, ',') && IsYear(i - 2) && !CountsSomething(i + 1))
        {
            return Calendar(i, i + 1, n.Number, 0, 0, out m);
        }

        // "the 2011 uprising", "Syria's 2012 election": a recent year naming an event.
        if (IsYear(i) && n.Number is >= 1900 and <= 2099 && i > 0 && (_t.Is(i - 1, WordKind.The) || IsPossessive(i - 1))
            && (uint)(i + 1) < (uint)_t.Count && _t[i + 1].Shape == TokenShape.Word && _t[i + 1].Info.Kind == WordKind.Other
            && !CountedNouns.Contains(_t.Chars(i + 1)))
        {
            return Calendar(i, i + 1, n.Number, 0, 0, out m);
        }

        return MatchCounted(i, out m);
    }

    private bool NumericDate(int i, out TimeMention m)
    {
        int first = _t[i].Number, second = _t[i + 2].Number, year = _t[i + 4].Number;
        if (_t[i + 4].Digits == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        // The configured convention decides unless one field can only be a day.
        bool dayFirst = numericOrder == NumericDateOrder.DayFirst;
        if (first > 12 && second <= 12)
        {
            dayFirst = true;
        }
        else if (second > 12 && first <= 12)
        {
            dayFirst = false;
        }

        return dayFirst ? Calendar(i, i + 5, year, second, first, out m) : Calendar(i, i + 5, year, first, second, out m);
    }

    private bool MatchClock(int i, out TimeMention m)
    {
        m = default;
        ref var n = ref _t[i];
        int hour, minute = 0, end;

        // 0734 GMT: a four-digit clock time only counts with its zone.
        if (n.Digits == 4 && _t.Is(i + 1, WordKind.Zone) && n.Number / 100 <= 23 && n.Number % 100 <= 59)
        {
            m = Make(i, i + 2, MentionKind.Clock);
            m.Hour = n.Number / 100;
            m.Minute = n.Number % 100;
            m.ZoneMinutes = _t[i + 1].Info.Value;
            return true;
        }

        if (n.Digits > 2 || n.Number > 23)
        {
            return false;
        }

        hour = n.Number;
        end = i + 1;
        bool hasMinutes = false;
        if ((_t.IsPunct(end, ':') || _t.IsPunct(end, '.')) && _t.TouchesPrevious(end) && IsDigits(end + 1, 2, 2) && _t.TouchesPrevious(end + 1)
            && _t[end + 1].Number <= 59)
        {
            minute = _t[end + 1].Number;
            hasMinutes = true;
            end += 2;
        }

        int meridiemEnd = MeridiemEnd(end, out int meridiem);
        // "9:25" alone may be a verse or a score: a clock needs am/pm, a zone, or "at", "by", "from" … before it.
        bool colon = hasMinutes && _t.IsPunct(i + 1, ':') && ((i > 0 && TimeLexicon.IsSignal(_t[i - 1].Info)) || _t.Is(end, WordKind.Zone));
        if (meridiemEnd < 0 && !colon)
        {
            // "3.30" or a bare "3" is not a time without am/pm.
            return false;
        }

        if (meridiemEnd > 0)
        {
            if (hour is 0 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + meridiem;
            end = meridiemEnd;
        }

        m = Make(i, end, MentionKind.Clock);
        m.Hour = hour;
        m.Minute = minute;
        if (_t.Is(end, WordKind.Zone))
        {
            m.ZoneMinutes = _t[end].Info.Value;
            m.EndToken = end + 1;
        }

        return true;
    }

    /// <summary>"pm", "p.m." or "p.m" after a number: the end token, or -1.</summary>
    private int MeridiemEnd(int j, out int offset)
    {
        offset = 0;
        if (_t.Is(j, WordKind.Meridiem))
        {
            offset = _t[j].Info.Value;
            return j + 1;
        }

        if ((_t.IsWord(j, "a") || _t.IsWord(j, "p")) && _t.IsPunct(j + 1, '.') && _t.IsWord(j + 2, "m") && _t.TouchesPrevious(j + 1)
            && _t.TouchesPrevious(j + 2))
        {
            offset = _t.IsWord(j, "p") ? 12 : 0;
            return _t.IsPunct(j + 3, '.') && _t.TouchesPrevious(j + 3) ? j + 4 : j + 3;
        }

        return -1;
    }

    // ---- counts and units: durations, "ago", "later", "16-month" ----

    /// <summary>Reads a count at <paramref name="i"/>: 16, two, twenty-five, a, a few, several, a couple of.</summary>
    private bool TryCount(int i, out int count, out int next)
    {
        count = 0;
        next = i;
        if ((uint)i >= (uint)_t.Count)
        {
            return false;
        }

        ref var tok = ref _t[i];
        if (tok.Shape == TokenShape.Number)
        {
            // Part of 2.5 or 5,000: not a count of its own.
            if (tok.Digits > 6 || (i + 1 < _t.Count && (_t.IsPunct(i + 1, '.') || _t.IsPunct(i + 1, ',')) && IsDigits(i + 2, 1, 3) && _t.TouchesPrevious(i + 2))
                || (i >= 2 && _t.TouchesPrevious(i) && (_t.IsPunct(i - 1, '.') || _t.IsPunct(i - 1, ',')) && _t[i - 2].Shape == TokenShape.Number && _t.TouchesPrevious(i - 1)))
            {
                return false;
            }

            count = tok.Number;
            next = i + 1;
            return true;
        }

        switch (tok.Info.Kind)
        {
            case WordKind.NumberWord:
                count = tok.Info.Value;
                next = i + 1;
                if (count >= 20 && _t.IsPunct(i + 1, '-') && _t.Is(i + 2, WordKind.NumberWord) && _t[i + 2].Info.Value < 10
                    && _t.TouchesPrevious(i + 1) && _t.TouchesPrevious(i + 2))
                {
                    count += _t[i + 2].Info.Value;
                    next = i + 3;
                }

                if (_t.IsWord(i, "couple") || _t.IsWord(i, "dozen"))
                {
                    next = _t.IsWord(next, "of") ? next + 1 : next;
                }

                return true;
            case WordKind.Vague:
                count = TimeMention.Vague;
                next = i + 1;
                return true;
            case WordKind.Article:
                if (_t.IsWord(i + 1, "few"))
                {
                    count = TimeMention.Vague;
                    next = i + 2;
                    return true;
                }

                if (_t.IsWord(i + 1, "couple") || _t.IsWord(i + 1, "dozen"))
                {
                    count = _t[i + 1].Info.Value;
                    next = _t.IsWord(i + 2, "of") ? i + 3 : i + 2;
                    return true;
                }

                count = 1;
                next = i + 1;
                return true;
            default:
                return false;
        }
    }

    private bool MatchCounted(int i, out TimeMention m)
    {
        m = default;
        if (!TryCount(i, out int count, out int u))
        {
            return false;
        }

        bool hyphenated = _t.IsPunct(u, '-') && _t.TouchesPrevious(u) && _t.TouchesPrevious(u + 1);
        if (hyphenated)
        {
            u++;
        }
        else if (_t[i].Info.Kind != WordKind.Article && UnitAdjectives.Contains(_t.Chars(u)) && _t.Is(u + 1, WordKind.Unit) && _t[u + 1].Info.Plural)
        {
            // "three consecutive days", "two more weeks"
            u++;
        }

        if (!_t.Is(u, WordKind.Unit) || (count == 0 && _t[i].Shape == TokenShape.Word))
        {
            return false;
        }

        var unit = _t[u].Info.Unit;
        bool article = _t[i].Info.Kind == WordKind.Article && count == 1;

        // "World Cup 2018 day 5": a year before a singular unit is a name, not a count.
        if (!hyphenated && !_t[u].Info.Plural && IsYear(i))
        {
            return false;
        }
        if (hyphenated)
        {
            // "16-month conflict" is a duration; "35-year-old" is an age, not a time.
            if (_t.IsPunct(u + 1, '-') && _t.IsWord(u + 2, "old"))
            {
                return false;
            }

            return Duration(i, u + 1, count, unit, out m);
        }

        int after = u + 1;
        if (_t.Is(after, WordKind.Ago))
        {
            m = Make(i, after + 1, MentionKind.Ago);
            m.Count = count;
            m.Unit = unit;
            m.Direction = -1;
            return true;
        }

        // "in two weeks' time", "three days from now": ahead of publication.
        int ahead = AheadEnd(after);
        if (ahead > 0 && count != 0)
        {
            m = Make(i, ahead, MentionKind.Ago);
            m.Count = count;
            m.Unit = unit;
            m.Direction = 1;
            return true;
        }

        if ((_t.Is(after, WordKind.Later) || _t.Is(after, WordKind.Earlier)) && IsRelativeUse(after))
        {
            m = Make(i, after + 1, MentionKind.EventRelative);
            m.Count = count;
            m.Unit = unit;
            m.Direction = Math.Sign(_t[after].Info.Value);
            return true;
        }

        // "a day" alone is as often a rate ("twice a day") as a span: only after "for", "in", "over".
        // "twice a week", "three times a day": a rate, a set.
        if (article && !_t[u].Info.Plural && i > 0 && (_t.IsWord(i - 1, "once") || _t.IsWord(i - 1, "twice") || _t.IsWord(i - 1, "times")))
        {
            int first = _t.IsWord(i - 1, "times") && i > 1 && (_t[i - 2].Shape == TokenShape.Number || _t.Is(i - 2, WordKind.NumberWord)) ? i - 2 : i - 1;
            return Set(first, u + 1, PeriodValue(1, unit), out m);
        }

        if (article && !(i > 0 && SpanSignals.Contains(_t.Chars(i - 1))))
        {
            return false;
        }

        return Duration(i, u + 1, count, unit, out m);
    }

    /// <summary>The end of "' time" or "from now" after a unit, or -1.</summary>
    private int AheadEnd(int j)
    {
        if ((_t.IsPunct(j, '\'') || _t.IsPunct(j, '’')) && _t.TouchesPrevious(j) && _t.IsWord(j + 1, "time"))
        {
            return j + 2;
        }

        return _t.IsWord(j, "from") && _t.IsWord(j + 1, "now") ? j + 2 : -1;
    }

    /// <summary>"later"/"earlier" always; "after"/"before" only at the end of a clause ("a day before.").</summary>
    private bool IsRelativeUse(int j)
    {
        if (Math.Abs(_t[j].Info.Value) == 1)
        {
            return true;
        }

        return j + 1 >= _t.Count || _t[j + 1].Shape == TokenShape.Punct || !_t.SameSentence(j, j + 1);
    }

    /// <summary>"for decades" (PXDE), "years ago" (PAST_REF): a plural unit with no count.</summary>
    private bool MatchBareUnit(int i, out TimeMention m)
    {
        m = default;

        // "a week-long strike", "months-long siege"
        if (_t.IsPunct(i + 1, '-') && _t.IsWord(i + 2, "long") && _t.TouchesPrevious(i + 1) && _t.TouchesPrevious(i + 2))
        {
            return Duration(i, i + 3, _t[i].Info.Plural ? TimeMention.Vague : 1, _t[i].Info.Unit, out m);
        }

        if (!_t[i].Info.Plural)
        {
            return false;
        }

        if (_t.Is(i + 1, WordKind.Ago))
        {
            m = Make(i, i + 2, MentionKind.Ago);
            m.Count = TimeMention.Vague;
            m.Unit = _t[i].Info.Unit;
            m.Direction = -1;
            return true;
        }

        bool afterSpanSignal = i > 0 && (_t.IsWord(i - 1, "for") || _t.IsWord(i - 1, "over") || _t.IsWord(i - 1, "within"));
        return afterSpanSignal && Duration(i, i + 1, TimeMention.Vague, _t[i].Info.Unit, out m);
    }

    // ---- month names ----

    private bool IsMonthWord(int j, bool requireContext)
    {
        if ((uint)j >= (uint)_t.Count || !_t[j].Capitalized)
        {
            return false;
        }

        var kind = _t[j].Info.Kind;
        if (kind == WordKind.MonthAbbreviation)
        {
            return true;
        }

        if (kind != WordKind.Month)
        {
            return false;
        }

        // "May" is also a modal verb and a surname: alone it needs a signal before it.
        return !requireContext || !_t.IsWord(j, "May") || (j > 0 && (TimeLexicon.IsSignal(_t[j - 1].Info) || _t[j - 1].Info.Kind is WordKind.Edge or WordKind.Direction));
    }

    private int SkipAbbreviationDot(int j) =>
        _t[j].Info.Kind == WordKind.MonthAbbreviation && _t.IsPunct(j + 1, '.') && _t.TouchesPrevious(j + 1) ? j + 1 : j;

    private bool MatchMonth(int i, out TimeMention m)
    {
        m = default;
        if (!IsMonthWord(i, requireContext: false))
        {
            return false;
        }

        int month = _t[i].Info.Value;
        bool abbreviation = _t[i].Info.Kind == WordKind.MonthAbbreviation;
        int j = SkipAbbreviationDot(i) + 1;

        // July 22, 2012 / July 22nd / July 22
        if (IsDigits(j, 1, 2) && _t[j].Number is >= 1 and <= 31 && !_t.IsPunct(j + 1, ':') && !(_t.Is(j + 1, WordKind.Unit))
            && !(_t.IsPunct(j + 1, ',') && _t.TouchesPrevious(j + 1) && IsDigits(j + 2, 3, 3)))
        {
            int day = _t[j].Number;
            int end = j + 1;
            if (_t.Is(end, WordKind.Ordinal) && _t.TouchesPrevious(end))
            {
                end++;
            }

            int y = _t.IsPunct(end, ',') ? end + 1 : end;
            int year = 0;
            if (IsYear(y))
            {
                year = _t[y].Number;
                end = y + 1;
            }

            return Calendar(i, end, year, month, day, out m);
        }

        // May 2011, July of 2012
        int yearAt = _t.IsWord(j, "of") ? j + 1 : (_t.IsPunct(j, ',') ? j + 1 : j);
        if (IsYear(yearAt))
        {
            return Calendar(i, yearAt + 1, _t[yearAt].Number, month, 0, out m);
        }

        if (abbreviation || !IsMonthWord(i, requireContext: true))
        {
            return false;
        }

        return Calendar(i, i + 1, 0, month, 0, out m);
    }

    // ---- weekdays ----

    private bool MatchWeekday(int i, out TimeMention m)
    {
        m = default;

        // "the Sunday Times" is a newspaper, "the Friday prayers" a custom: weekdays after "the" are names.
        if (!_t[i].Capitalized || (i > 0 && _t.Is(i - 1, WordKind.The)))
        {
            return false;
        }

        // Tuesday, September 1, 2015 / Tuesday 1 September 2015: the weekday joins the date.
        int j = _t.IsPunct(i + 1, ',') ? i + 2 : i + 1;
        if ((uint)j < (uint)_t.Count && _t.SameSentence(i, j)
            && ((_t[j].Shape == TokenShape.Number && MatchNumber(j, out var date)) || (IsMonthWord(j, false) && MatchMonth(j, out date)))
            && date.Kind == MentionKind.Calendar && date.Day > 0)
        {
            m = date;
            m.FirstToken = i;
            m.Weekday = _t[i].Info.Value;
            return true;
        }

        m = Make(i, i + 1, MentionKind.Weekday);
        m.Weekday = _t[i].Info.Value;
        AddPartOfDay(ref m);

        // "on a Monday" is any Monday: no particular date to resolve.
        if (i > 0 && _t.Is(i - 1, WordKind.Article))
        {
            m.Kind = MentionKind.Reference;
            m.Value = m.PartOfDay > 0 ? $"XXXX-WXX-{m.Weekday}T{PartOfDayCode(m.PartOfDay)}" : $"XXXX-WXX-{m.Weekday}";
        }

        return true;
    }

    private bool MatchWeekdayPlural(int i, out TimeMention m)
    {
        m = default;
        if (!_t[i].Capitalized || !(i > 0 && _t.IsWord(i - 1, "on")))
        {
            return false;
        }

        return Set(i, i + 1, $"XXXX-WXX-{_t[i].Info.Value}", out m);
    }

    /// <summary>"Monday morning", "Friday night": the part of day joins the expression.</summary>
    private void AddPartOfDay(ref TimeMention m)
    {
        if (_t.Is(m.EndToken, WordKind.PartOfDay))
        {
            m.PartOfDay = _t[m.EndToken].Info.Value;
            m.EndToken++;
        }
    }

    // ---- yesterday, today, tomorrow, tonight ----

    private bool MatchDeictic(int i, out TimeMention m)
    {
        m = Make(i, i + 1, MentionKind.Deictic);
        int value = _t[i].Info.Value;
        if (value == 100)
        {
            m.PartOfDay = 4;
            value = 0;
        }

        m.Direction = value;
        AddPartOfDay(ref m);
        return true;
    }

    // ---- last / this / next … ----

    private bool MatchDirection(int i, out TimeMention m)
    {
        m = default;
        int direction = _t[i].Info.Value;
        int j = i + 1;
        if ((uint)j >= (uint)_t.Count)
        {
            return false;
        }

        // "last Friday", "next Tuesday"
        if (_t.Is(j, WordKind.Weekday) && _t[j].Capitalized)
        {
            m = Make(i, j + 1, MentionKind.Weekday);
            m.Weekday = _t[j].Info.Value;
            m.Direction = direction;
            m.HasDirection = true;
            AddPartOfDay(ref m);
            return !_t.IsWord(i, "past") && !_t.IsWord(i, "coming") && !_t.IsWord(i, "following");
        }

        // "last June", "next March"
        if (_t.Is(j, WordKind.Month) && _t[j].Capitalized && !_t.IsWord(i, "past"))
        {
            m = Make(i, j + 1, MentionKind.Calendar);
            m.Month = _t[j].Info.Value;
            m.Direction = direction;
            m.HasDirection = true;
            return true;
        }

        if (_t.Is(j, WordKind.Season))
        {
            m = Make(i, j + 1, MentionKind.Season);
            m.Month = _t[j].Info.Value;
            m.Direction = direction;
            m.HasDirection = true;
            return true;
        }

        // "last night", "this morning"
        if (_t.Is(j, WordKind.PartOfDay) && (direction == 0 || (direction == -1 && _t.IsWord(j, "night"))))
        {
            m = Make(i, j + 1, MentionKind.Deictic);
            m.Direction = direction;
            m.PartOfDay = _t[j].Info.Value;
            return true;
        }

        // "last three years", "the past 24 hours": a duration reaching to publication.
        // Only after "the": in "talks will last three days", "last" is a verb.
        if (direction != 0 && StartWithThe(i) < i && TryCount(j, out int count, out int u) && _t[j].Info.Kind != WordKind.Article
            && _t.Is(u, WordKind.Unit) && _t[u].Info.Plural)
        {
            return Duration(StartWithThe(i), u + 1, count, _t[u].Info.Unit, out m);
        }

        if (!_t.Is(j, WordKind.Unit) || _t[j].Info.Unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour)
        {
            return false;
        }

        var unit = _t[j].Info.Unit;
        bool afterThe = i > 0 && _t.Is(i - 1, WordKind.The);
        if (_t[j].Info.Plural)
        {
            // "the coming weeks", "the past months"
            if (!afterThe)
            {
                return false;
            }

            return Reference(i - 1, j + 1, direction > 0 ? "FUTURE_REF" : "PAST_REF", out m);
        }

        if (afterThe)
        {
            // "the last day of the talks", "the last week of July": a part of something else.
            if (_t.IsWord(j + 1, "of"))
            {
                return false;
            }

            // "the next day", "the following week": after an event; "the past week": a duration.
            if (_t.IsWord(i, "past") || _t.IsWord(i, "last"))
            {
                return Duration(i - 1, j + 1, 1, unit, out m);
            }

            if (direction == 0 || unit == TimeUnit.Day || _t.IsWord(i, "following") || _t.IsWord(i, "previous") || _t.IsWord(i, "next"))
            {
                m = Make(i - 1, j + 1, MentionKind.EventRelative);
                m.Count = 1;
                m.Unit = unit;
                m.Direction = direction;
                return direction != 0;
            }
        }

        if (unit == TimeUnit.Day || _t.IsWord(i, "coming") || _t.IsWord(i, "following") || _t.IsWord(i, "previous"))
        {
            return false;
        }

        m = Make(i, j + 1, MentionKind.RelativeUnit);
        m.Unit = unit;
        m.Direction = direction;
        m.HasDirection = true;
        return true;
    }

    private int StartWithThe(int i) => i > 0 && _t.Is(i - 1, WordKind.The) ? i - 1 : i;

    /// <summary>"earlier this month", "later this year".</summary>
    private bool MatchEarlierThis(int i, out TimeMention m)
    {
        m = default;
        if (Math.Abs(_t[i].Info.Value) != 1 || !_t.IsWord(i + 1, "this") || !_t.Is(i + 2, WordKind.Unit) || _t[i + 2].Info.Plural)
        {
            return false;
        }

        m = Make(i, i + 3, MentionKind.RelativeUnit);
        m.Unit = _t[i + 2].Info.Unit;
        m.HasDirection = true;
        return m.Unit >= TimeUnit.Week;
    }

    /// <summary>
    /// "that day", "later that week", "that night": the period of an event told before, resolved like
    /// "two days later" against an earlier date. <paramref name="first"/> is where the span starts
    /// (at "later"/"earlier" when present).
    /// </summary>
    private bool MatchThatDay(int that, int first, out TimeMention m)
    {
        m = default;
        if (!_t.Is(that, WordKind.That) && !(_t.Is(that, WordKind.The) && _t.Is(that + 1, WordKind.Same)))
        {
            return false;
        }

        int j = _t.Is(that, WordKind.The) ? that + 2 : that + 1;
        if (_t.Is(j, WordKind.PartOfDay))
        {
            m = Make(first, j + 1, MentionKind.EventRelative);
            m.Unit = TimeUnit.Day;
            m.PartOfDay = _t[j].Info.Value;
            return true;
        }

        if (!_t.Is(j, WordKind.Unit) || _t[j].Info.Plural || _t[j].Info.Unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            return false;
        }

        m = Make(first, j + 1, MentionKind.EventRelative);
        m.Unit = _t[j].Info.Unit;
        return true;
    }

    // ---- "the …" ----

    private bool MatchThe(int i, out TimeMention m)
    {
        m = default;
        int j = i + 1;
        if ((uint)j >= (uint)_t.Count)
        {
            return false;
        }

        ref var next = ref _t[j];
        if (next.Info.Kind == WordKind.Direction && !_t.IsWord(j, "this"))
        {
            if (_t.IsWord(j, "past") && !_t.Is(j + 1, WordKind.Unit) && !TryCount(j + 1, out _, out _))
            {
                // "in the past"
                return Reference(i, j + 1, "PAST_REF", out m);
            }

            return MatchDirection(j, out m) && m.FirstToken <= j;
        }

        // "the future", "the near future"
        if (_t.IsWord(j, "future"))
        {
            return Reference(i, j + 1, "FUTURE_REF", out m);
        }

        if ((_t.IsWord(j, "near") || _t.IsWord(j, "foreseeable")) && _t.IsWord(j + 1, "future"))
        {
            return Reference(i, j + 2, "FUTURE_REF", out m);
        }

        // "the long-term", "the long term", "the short term"
        if ((_t.IsWord(j, "long") || _t.IsWord(j, "short") || _t.IsWord(j, "medium") || _t.IsWord(j, "near")))
        {
            int k = _t.IsPunct(j + 1, '-') && _t.TouchesPrevious(j + 1) ? j + 2 : j + 1;
            if (_t.Is(k, WordKind.Term) && (k + 1 >= _t.Count || _t[k + 1].Shape == TokenShape.Punct || !_t.SameSentence(k, k + 1)))
            {
                return Reference(i, k + 1, "FUTURE_REF", out m);
            }

            // "the long-term goal": the phrase names a goal, not a time.
            return false;
        }

        // "the same day"
        if (next.Info.Kind == WordKind.Same)
        {
            return MatchThatDay(i, i, out m);
        }

        // "in the summer": the season of the publication year, or the one before or after by tense.
        // "the fall of Assad" is no season, nor "the Winter Olympics".
        if (next.Info.Kind == WordKind.Season && !_t.IsWord(j + 1, "of") && !(next.Capitalized && (uint)(j + 1) < (uint)_t.Count && _t[j + 1].Capitalized))
        {
            m = Make(i, j + 1, MentionKind.Season);
            m.Month = next.Info.Value;
            return true;
        }

        // "over the weekend": the weekend before or after publication, by tense.
        if (_t.IsWord(j, "weekend"))
        {
            m = Make(i, j + 1, MentionKind.RelativeUnit);
            m.Unit = TimeUnit.Weekend;
            return true;
        }

        // "the end of the year", "the beginning of March", "the middle of next month"
        if ((_t.IsWord(j, "end") || _t.IsWord(j, "beginning") || _t.IsWord(j, "start") || _t.IsWord(j, "middle")) && _t.IsWord(j + 1, "of"))
        {
            return MatchPartOfPeriod(i, j, out m);
        }

        // "at the moment"
        if (_t.IsWord(j, "moment") && i > 0 && _t.IsWord(i - 1, "at"))
        {
            return Reference(i, j + 1, "PRESENT_REF", out m);
        }

        // "the day before", "the day after"
        if (_t.Is(j, WordKind.Unit) && !next.Info.Plural && (_t.Is(j + 1, WordKind.Earlier) || _t.Is(j + 1, WordKind.Later))
            && Math.Abs(_t[j + 1].Info.Value) == 2 && IsRelativeUse(j + 1))
        {
            m = Make(i, j + 2, MentionKind.EventRelative);
            m.Count = 1;
            m.Unit = next.Info.Unit;
            m.Direction = Math.Sign(_t[j + 1].Info.Value);
            return true;
        }

        // "the 1990s"
        if (next.Shape == TokenShape.Number && next.Digits == 4 && next.Number % 10 == 0 && _t.IsWord(j + 1, "s") && _t.TouchesPrevious(j + 1))
        {
            m = Make(i, j + 2, MentionKind.Decade);
            m.Year = next.Number / 10;
            return true;
        }

        // "the 19th century"
        if (next.Shape == TokenShape.Number && next.Digits <= 2 && next.Number >= 1 && _t.Is(j + 1, WordKind.Ordinal) && _t.TouchesPrevious(j + 1)
            && _t.IsWord(j + 2, "century"))
        {
            m = Make(i, j + 3, MentionKind.Century);
            m.Year = next.Number - 1;
            return true;
        }

        // "the summer of 2011"
        if (next.Info.Kind == WordKind.Season && _t.IsWord(j + 1, "of") && IsYear(j + 2))
        {
            m = Make(i, j + 3, MentionKind.Season);
            m.Month = next.Info.Value;
            m.Year = _t[j + 2].Number;
            return true;
        }

        return false;
    }

    private bool MatchPartOfPeriod(int i, int j, out TimeMention m)
    {
        int k = j + 2;
        string mod = _t.IsWord(j, "end") ? "END" : _t.IsWord(j, "middle") ? "MID" : "START";

        // "the end of the year": the current one.
        if (_t.Is(k, WordKind.The) && _t.Is(k + 1, WordKind.Unit) && !_t[k + 1].Info.Plural && _t[k + 1].Info.Unit >= TimeUnit.Week)
        {
            m = Make(i, k + 2, MentionKind.RelativeUnit);
            m.Unit = _t[k + 1].Info.Unit;
            m.HasDirection = true;
            m.Mod = mod;
            return true;
        }

        m = default;
        if ((uint)k >= (uint)_t.Count || !TryMatch(k, out m) || m.FirstToken != k || !IsCoarse(m))
        {
            return false;
        }

        m.FirstToken = i;
        m.Mod = mod;
        return true;
    }

    /// <summary>A period longer than a day, which early/mid/late and end-of can divide.</summary>
    private static bool IsCoarse(in TimeMention m) => m.Kind switch
    {
        MentionKind.Calendar => m.Day == 0,
        MentionKind.RelativeUnit => m.Unit >= TimeUnit.Month,
        MentionKind.Decade or MentionKind.Century or MentionKind.Season => true,
        _ => false,
    };

    // ---- early / mid / late ----

    private bool MatchEdge(int i, out TimeMention m)
    {
        m = default;
        int j = _t.IsPunct(i + 1, '-') && _t.TouchesPrevious(i + 1) ? i + 2 : i + 1;
        if ((uint)j >= (uint)_t.Count || !_t.SameSentence(i, j))
        {
            return false;
        }

        bool core = _t[j].Shape == TokenShape.Number ? MatchNumber(j, out m) : TryMatch(j, out m);
        if (!core || m.FirstToken != j)
        {
            return false;
        }

        // "early Monday", "late yesterday": a part of one day.
        bool partOfDay = m.Kind is MentionKind.Weekday or MentionKind.Deictic && m.PartOfDay == 0 && !_t.IsWord(i, "mid");
        if (!IsCoarse(m) && !partOfDay)
        {
            return false;
        }

        m.FirstToken = i;
        m.Mod = _t[i].Info.Value switch
        {
            1 => "START",
            2 => "MID",
            _ => "END",
        };
        return true;
    }

    // ---- sets ----

    private bool MatchEvery(int i, out TimeMention m)
    {
        m = default;
        int j = i + 1;
        if (_t.Is(j, WordKind.Weekday) && _t[j].Capitalized)
        {
            return Set(i, j + 1, $"XXXX-WXX-{_t[j].Info.Value}", out m);
        }

        if (_t.Is(j, WordKind.PartOfDay))
        {
            return Set(i, j + 1, "XXXX-XX-XXT" + PartOfDayCode(_t[j].Info.Value), out m);
        }

        if (_t.Is(j, WordKind.Unit) && !_t[j].Info.Plural)
        {
            return Set(i, j + 1, PeriodValue(1, _t[j].Info.Unit), out m);
        }

        if (_t.IsWord(i, "every") && TryCount(j, out int count, out int u) && count > 1 && _t.Is(u, WordKind.Unit) && _t[u].Info.Plural)
        {
            return Set(i, u + 1, PeriodValue(count, _t[u].Info.Unit), out m);
        }

        return false;
    }

    private bool MatchSetAdverb(int i, out TimeMention m)
    {
        m = default;

        // "a daily newspaper", "the weekly meeting": an adjective, not a recurrence of the event.
        // "LA Weekly", "Image: Daily": capitalized inside a sentence, a name.
        if (i > 0 && (_t.Is(i - 1, WordKind.Article) || _t.Is(i - 1, WordKind.The) || (_t[i].Capitalized && !_t[i].SentenceStart)))
        {
            return false;
        }

        var info = _t[i].Info;
        string value = info.Value == 4 ? "XXXX-XX-XXTNI" : PeriodValue(1, info.Unit);
        return Set(i, i + 1, value, out m);
    }

    // ---- vague references ----

    private bool MatchRecent(int i, out TimeMention m)
    {
        // "recent years", "recent weeks": the period up to now.
        if (_t.Is(i + 1, WordKind.Unit) && _t[i + 1].Info.Plural)
        {
            return Reference(i, i + 2, "PAST_REF", out m);
        }

        return Reference(i, i + 1, "PAST_REF", out m);
    }

    private bool MatchNamedTime(int i, out TimeMention m)
    {
        m = default;
        if (i == 0 || !(TimeLexicon.IsSignal(_t[i - 1].Info) || _t.IsWord(i - 1, "at")))
        {
            return false;
        }

        m = Make(i, i + 1, MentionKind.Clock);
        m.Hour = _t[i].Info.Value;
        return true;
    }

    /// <summary>"summer 2011"; seasons with last/next come through <see cref="MatchDirection"/>.</summary>
    private bool MatchSeason(int i, out TimeMention m)
    {
        m = default;
        if (!IsYear(i + 1))
        {
            return false;
        }

        m = Make(i, i + 2, MentionKind.Season);
        m.Month = _t[i].Info.Value;
        m.Year = _t[i + 1].Number;
        return true;
    }

    // ---- helpers ----

    private bool IsYearSignal(int j) =>
        TimeLexicon.IsSignal(_t[j].Info) && !_t.IsWord(j, "over") && !_t.IsWord(j, "than") && !_t.IsWord(j, "about") && !_t.IsWord(j, "of")
        || (_t.IsWord(j, "of") && j > 0 && (_t[j - 1].Info.Kind is WordKind.Month or WordKind.Season || _t.IsWord(j - 1, "end") || _t.IsWord(j - 1, "start")
            || _t.IsWord(j - 1, "beginning") || _t.IsWord(j - 1, "half") || _t.IsWord(j - 1, "spring") || _t.IsWord(j - 1, "summer")));

    /// <summary>A lower-case content word right after a number makes it a count ("1709 schoolchildren").</summary>
    private bool CountsSomething(int j) =>
        (uint)j < (uint)_t.Count && _t[j].Shape == TokenShape.Word && !_t[j].Capitalized && _t[j].Info.Kind == WordKind.Other
        && _t.SameSentence(j - 1, j) && !YearFollowers.Contains(_t.Chars(j));

    private bool IsPossessive(int j) =>
        _t.IsWord(j, "s") && j >= 2 && (_t.IsPunct(j - 1, '\'') || _t.IsPunct(j - 1, '’')) && _t.TouchesPrevious(j);

    /// <summary>Nouns that make "the 2000 …" a count rather than a year.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["people", "soldiers", "troops", "men", "women", "children", "residents", "refugees", "others", "members", "votes", "dollars",
             "euros", "pounds", "workers", "deaths", "cases", "civilians", "fighters", "protesters", "police", "officers", "families",
             "homes", "houses", "tonnes", "tons", "kilometres", "kilometers", "miles", "metres", "meters", "units", "jobs", "students"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives that may stand between a count and its unit.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitAdjectives =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["consecutive", "straight", "successive", "full", "more", "whole", "long", "additional", "further", "short"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which "a day", "a year" is a length of time.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSignals =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["for", "in", "within", "over", "after", "about", "nearly", "almost", "than", "only", "just", "under", "least", "around", "barely"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearFollowers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["but", "when", "as", "that", "which", "where", "while", "with", "was", "were", "is", "are", "has", "had", "have", "he",
             "she", "it", "they", "we", "i", "there", "then", "so", "because", "if", "although", "though", "its", "his", "her",
             "their", "our", "alone", "onwards", "onward", "only", "not", "s", "elections", "election"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsDigits(int j, int min, int max) =>
        (uint)j < (uint)_t.Count && _t[j].Shape == TokenShape.Number && _t[j].Digits >= min && _t[j].Digits <= max;

    private bool IsYear(int j) => IsDigits(j, 4, 4) && _t[j].Number is >= 1000 and <= 2199
        && !(_t.IsPunct(j + 1, ',') && IsDigits(j + 2, 3, 3) && _t.TouchesPrevious(j + 1));

    private static TimeMention Make(int first, int end, MentionKind kind) =>
        new() { FirstToken = first, EndToken = end, Kind = kind };

    private static bool Calendar(int first, int end, int year, int month, int day, out TimeMention m)
    {
        m = Make(first, end, MentionKind.Calendar);
        m.Year = year;
        m.Month = month;
        m.Day = day;
        if (month is < 0 or > 12 || day < 0 || (month == 0 && day > 0))
        {
            return false;
        }

        // An impossible day (31 June, 29 February 2011) is not a date; the month-only check is done here,
        // the leap-year one once the year is known.
        return day == 0 || day <= (month == 2 ? 29 : DateTime.DaysInMonth(2000, month)) && (year == 0 || day <= DateTime.DaysInMonth(year, month));
    }

    private static bool Duration(int first, int end, int count, TimeUnit unit, out TimeMention m)
    {
        m = Make(first, end, MentionKind.Duration);
        m.Count = count;
        m.Unit = unit;
        return unit != TimeUnit.None;
    }

    private static bool Reference(int first, int end, string value, out TimeMention m)
    {
        m = Make(first, end, MentionKind.Reference);
        m.Value = value;
        return true;
    }

    private static bool Set(int first, int end, string value, out TimeMention m)
    {
        m = Make(first, end, MentionKind.Set);
        m.Value = value;
        return true;
    }

    internal static string PartOfDayCode(int partOfDay) => partOfDay switch
    {
        1 => "MO",
        2 => "AF",
        3 => "EV",
        _ => "NI",
    };

    /// <summary>An ISO 8601 period: P16M, P2W, PT24H, PXDE (X for an unknown count).</summary>
    internal static string PeriodValue(int count, TimeUnit unit)
    {
        string n = count == TimeMention.Vague ? "X" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Weekend => $"P{n}WE",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => $"P{n}Q",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => $"P{n}DE",
            _ => $"P{n}CE",
        };
    }
}
