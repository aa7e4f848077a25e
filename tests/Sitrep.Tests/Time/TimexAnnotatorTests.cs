using Sitrep.Documents;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimexTestSupport;

namespace Sitrep.Tests.Time;

public sealed class WeekdayTests
{
    [Fact]
    public void Past_tense_weekday_is_the_most_recent_such_day_before_publication()
    {
        var t = One("Three officials died in an attack in the capital on Wednesday.", SundayJuly22, "Wednesday");
        Assert.Equal("2012-07-18", t.Value);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal("publication", t.Anchor);
    }

    [Fact]
    public void Future_tense_weekday_is_the_next_such_day()
    {
        Assert.Equal("2012-07-25", One("Foreign ministers will meet in Geneva on Wednesday.", SundayJuly22, "Wednesday").Value);
        Assert.Equal("2012-07-27", One("The report is going to be published on Friday.", SundayJuly22, "Friday").Value);
    }

    [Fact]
    public void Past_weekday_equal_to_publication_weekday_is_a_week_back()
    {
        Assert.Equal("2012-07-15", One("The vote was held on Sunday.", SundayJuly22, "Sunday").Value);
    }

    [Fact]
    public void Last_friday_in_a_monday_paper_of_2_january_is_in_the_previous_year()
    {
        var t = One("The talks collapsed last Friday.", new DateOnly(2012, 1, 2), "last Friday");
        Assert.Equal("2011-12-30", t.Value);
    }

    [Fact]
    public void Next_monday_crosses_into_the_new_year()
    {
        Assert.Equal("2012-01-02", One("Parliament reopens next Monday.", new DateOnly(2011, 12, 30), "next Monday").Value);
    }

    [Fact]
    public void Without_publication_date_a_weekday_stays_unresolved()
    {
        var t = One("Three officials died on Wednesday.", null, "Wednesday");
        Assert.Equal("XXXX-WXX-3", t.Value);
        Assert.Null(t.Anchor);
    }

    [Fact]
    public void Weekday_with_part_of_day_is_a_time()
    {
        var t = One("Shelling resumed on Thursday night.", SundayJuly22, "Thursday night");
        Assert.Equal("2012-07-19TNI", t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }

    [Fact]
    public void A_weekday_in_a_newspaper_name_is_not_a_date()
    {
        Assert.Empty(Find("He told the Sunday Times that the talks had failed.", SundayJuly22));
    }
}

public sealed class DeicticTests
{
    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", "2012-07-21")]
    [InlineData("The minister resigns today.", "today", "2012-07-22")]
    [InlineData("The minister will resign tomorrow.", "tomorrow", "2012-07-23")]
    [InlineData("Fighting broke out last night.", "last night", "2012-07-21TNI")]
    [InlineData("The minister speaks tonight.", "tonight", "2012-07-22TNI")]
    [InlineData("Police arrived this morning.", "this morning", "2012-07-22TMO")]
    public void Resolve_against_publication(string text, string expression, string value)
    {
        Assert.Equal(value, One(text, SundayJuly22, expression).Value);
    }

    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", "PAST_REF")]
    [InlineData("The minister resigns today.", "today", "PRESENT_REF")]
    [InlineData("The minister will resign tomorrow.", "tomorrow", "FUTURE_REF")]
    public void Without_publication_date_become_references(string text, string expression, string value)
    {
        Assert.Equal(value, One(text, null, expression).Value);
    }

    [Fact]
    public void Yesterday_on_1_march_of_a_leap_year_is_29_february()
    {
        Assert.Equal("2012-02-29", One("The strike began yesterday.", new DateOnly(2012, 3, 1), "yesterday").Value);
        Assert.Equal("2011-02-28", One("The strike began yesterday.", new DateOnly(2011, 3, 1), "yesterday").Value);
    }
}

public sealed class AgoTests
{
    [Fact]
    public void Days_ago_is_an_exact_day()
    {
        var t = One("Another defection took place 11 days ago.", SundayJuly22, "11 days ago");
        Assert.Equal("2012-07-11", t.Value);
        Assert.Null(t.Mod);
    }

    [Fact]
    public void Weeks_ago_is_an_approximate_day_and_number_words_count()
    {
        var t = One("The defection to Paris two weeks ago shocked the regime.", SundayJuly22, "two weeks ago");
        Assert.Equal("2012-07-08", t.Value);
        Assert.Equal("APPROX", t.Mod);
    }

    [Fact]
    public void Months_and_years_ago_keep_their_own_precision()
    {
        var months = One("Unrest began 16 months ago.", SundayJuly22, "16 months ago");
        Assert.Equal("2011-03", months.Value);
        Assert.Equal("APPROX", months.Mod);
        Assert.Equal("1987", One("The party was founded twenty-five years ago.", SundayJuly22, "twenty-five years ago").Value);
    }

    [Fact]
    public void Days_ago_across_a_leap_day()
    {
        Assert.Equal("2012-02-29", One("The ceasefire began six days ago.", new DateOnly(2012, 3, 6), "six days ago").Value);
    }

    [Fact]
    public void Without_publication_date_or_count_it_is_past_ref()
    {
        Assert.Equal("PAST_REF", One("Unrest began 16 months ago.", null, "16 months ago").Value);
        Assert.Equal("PAST_REF", One("The mine closed several years ago.", SundayJuly22, "several years ago").Value);
    }
}

public sealed class RelativeUnitTests
{
    private static readonly DateOnly WednesdayJuly18 = new(2012, 7, 18);

    [Fact]
    public void Last_week_midweek_is_the_previous_iso_week()
    {
        Assert.Equal("2012-W28", One("Last week he called for a transition.", WednesdayJuly18, "Last week").Value);
    }

    [Fact]
    public void Last_week_in_a_sunday_paper_is_the_week_ending_that_day_unless_strict()
    {
        Assert.Equal("2012-W29", One("Last week he called for a transition.", SundayJuly22, "Last week").Value);
        var strict = new TimexOptions { LastWeekOnSundayIsEndingWeek = false };
        Assert.Equal("2012-W28", One("Last week he called for a transition.", SundayJuly22, "Last week", strict).Value);
    }

    [Fact]
    public void Last_week_at_new_year_is_in_the_last_iso_week_of_the_old_year()
    {
        Assert.Equal("2011-W52", One("Prices rose last week.", new DateOnly(2012, 1, 2), "last week").Value);
    }

    [Theory]
    [InlineData("Exports fell last month.", "last month", "2012-06")]
    [InlineData("Talks resume next month.", "next month", "2012-08")]
    [InlineData("Elections were held last year.", "last year", "2011")]
    [InlineData("Growth slowed this year.", "this year", "2012")]
    [InlineData("The envoy visited earlier this month.", "earlier this month", "2012-07")]
    [InlineData("The budget is due later this year.", "later this year", "2012")]
    public void Resolve_against_publication(string text, string expression, string value)
    {
        Assert.Equal(value, One(text, WednesdayJuly18, expression).Value);
    }

    [Fact]
    public void Next_month_in_december_is_january_of_next_year()
    {
        Assert.Equal("2013-01", One("Talks resume next month.", new DateOnly(2012, 12, 10), "next month").Value);
    }

    [Fact]
    public void Without_publication_date_they_stay_unresolved()
    {
        Assert.Equal("XXXX-WXX", One("Prices rose last week.", null, "last week").Value);
        Assert.Equal("XXXX", One("Elections were held last year.", null, "last year").Value);
    }
}

public sealed class MonthTests
{
    [Fact]
    public void Month_with_year_is_that_month()
    {
        var t = One("He was under house arrest since May 2011.", SundayJuly22, "May 2011");
        Assert.Equal("2011-05", t.Value);
    }

    [Fact]
    public void Bare_month_takes_its_year_from_tense()
    {
        Assert.Equal("2012-06", One("The law was passed in June.", SundayJuly22, "June").Value);
        Assert.Equal("2013-06", One("Elections will be held in June.", SundayJuly22, "June").Value);
        Assert.Equal("2011-09", One("The plant closed in September.", SundayJuly22, "September").Value);
    }

    [Fact]
    public void Bare_month_without_cue_takes_the_nearest_year()
    {
        Assert.Equal("2011-12", One("The convention in December changed nothing.", new DateOnly(2012, 2, 10), "December").Value);
    }

    [Fact]
    public void May_as_a_name_or_a_modal_is_not_a_month()
    {
        Assert.Empty(Find("Theresa May said the talks may resume.", SundayJuly22));
    }

    [Fact]
    public void Early_mid_late_mark_part_of_a_period()
    {
        var t = One("Fighting intensified in late 2011.", SundayJuly22, "late 2011");
        Assert.Equal("2011", t.Value);
        Assert.Equal("END", t.Mod);
        Assert.Equal("MID", One("The plan dates from mid-2011.", SundayJuly22, "mid-2011").Mod);
    }

    [Fact]
    public void Without_publication_date_the_year_stays_unknown()
    {
        Assert.Equal("XXXX-06", One("The law was passed in June.", null, "June").Value);
    }
}

public sealed class FullDateTests
{
    [Theory]
    [InlineData("The ceasefire began on 22 July 2012 in Homs.", "22 July 2012")]
    [InlineData("The ceasefire began on July 22, 2012 in Homs.", "July 22, 2012")]
    [InlineData("The ceasefire began on 2012-07-22 in Homs.", "2012-07-22")]
    [InlineData("The ceasefire began on 22/07/2012 in Homs.", "22/07/2012")]
    [InlineData("The ceasefire began on Sunday, July 22, 2012 in Homs.", "Sunday, July 22, 2012")]
    [InlineData("The ceasefire began on the 22nd of July 2012 in Homs.", "22nd of July 2012")]
    public void Common_news_formats(string text, string expression)
    {
        var t = One(text, null, expression);
        Assert.Equal("2012-07-22", t.Value);
    }

    [Fact]
    public void Numeric_dates_are_day_first_by_default_and_month_first_on_request()
    {
        Assert.Equal("2012-04-03", One("Signed on 03/04/2012.", null, "03/04/2012").Value);
        var us = new TimexOptions { NumericDateOrder = NumericDateOrder.MonthFirst };
        Assert.Equal("2012-03-04", One("Signed on 03/04/2012.", null, "03/04/2012", us).Value);

        // A field above 12 can only be the day, whatever the convention.
        Assert.Equal("2012-07-22", One("Signed on 07/22/2012.", null, "07/22/2012").Value);
    }

    [Fact]
    public void Day_and_month_without_year_take_the_publication_year_by_tense()
    {
        Assert.Equal("2012-07-22", One("Talks began on 22 July.", new DateOnly(2012, 8, 1), "22 July").Value);
        Assert.Equal("2011-12-25", One("The ceasefire collapsed on 25 December.", new DateOnly(2012, 1, 5), "25 December").Value);
    }

    [Fact]
    public void Leap_days_exist_only_in_leap_years()
    {
        Assert.Equal("2012-02-29", One("The vote took place on 29 February 2012.", null, "29 February 2012").Value);
        Assert.DoesNotContain(Find("The vote took place on 29 February 2011.", null), t => t.Value.StartsWith("2011-02-29", StringComparison.Ordinal));
        Assert.DoesNotContain(Find("The vote took place on 31 June 2012.", null), t => t.Text.Contains("31", StringComparison.Ordinal));
    }

    [Fact]
    public void Years_need_a_signal_and_no_counted_noun()
    {
        Assert.Equal("2011", One("The uprising began in 2011.", null, "2011").Value);
        Assert.Empty(Find("A survey of 1709 schoolchildren found deficiencies.", null));
        Assert.Equal("199", One("The war of the 1990s shaped him.", null, "the 1990s").Value);
    }
}

public sealed class DurationTests
{
    [Theory]
    [InlineData("The conflict has lasted 16 months.", "16 months", "P16M")]
    [InlineData("The family had for decades given support to Assad.", "decades", "PXDE")]
    [InlineData("He was the highest defector in the 16-month conflict.", "16-month", "P16M")]
    [InlineData("He was questioned for two hours.", "two hours", "PT2H")]
    [InlineData("Prices doubled over the past three years.", "the past three years", "P3Y")]
    [InlineData("The talks lasted several days.", "several days", "PXD")]
    public void Durations(string text, string expression, string value)
    {
        var t = One(text, SundayJuly22, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Duration, t.Type);
    }

    [Fact]
    public void Ages_are_not_durations()
    {
        Assert.Empty(Find("A 35-year-old man was arrested.", SundayJuly22));
    }
}

public sealed class RelativeToEventTests
{
    [Fact]
    public void Later_counts_from_the_date_in_the_previous_sentence()
    {
        var found = Find("The bomb exploded on Wednesday. Two days later, the minister died.", SundayJuly22);
        var wednesday = found.Single(t => t.Text == "Wednesday");
        var later = found.Single(t => t.Text == "Two days later");
        Assert.Equal("2012-07-20", later.Value);
        Assert.Equal(TimexAnnotator.AnchorId(wednesday), later.Anchor);
    }

    [Fact]
    public void Earlier_counts_from_a_date_in_the_same_sentence()
    {
        Assert.Equal("2012-03-02", One("The talks ended on 3 March 2012 after a walkout a day earlier.", null, "a day earlier").Value);
        Assert.Equal("2012-03-10", One("The talks began on 3 March 2012 and ended a week later.", null, "a week later").Value);
    }

    [Fact]
    public void The_anchor_is_the_date_of_the_event_the_sentence_refers_back_to()
    {
        const string text = "Rebels attacked an army convoy near Homs on Monday. Fighting spread to Aleppo on Thursday. "
            + "A general wounded in the convoy attack died of his wounds two days later.";
        Assert.Equal("2012-07-18", One(text, SundayJuly22, "two days later").Value);
    }

    [Fact]
    public void The_next_day_is_relative_too()
    {
        Assert.Equal("2012-07-19", One("Troops entered the town on Wednesday. The next day they withdrew.", SundayJuly22, "The next day").Value);
    }

    [Fact]
    public void Without_an_earlier_date_the_value_stays_unresolved()
    {
        var t = One("Two days later he resigned.", SundayJuly22, "Two days later");
        Assert.Equal("XXXX-XX-XX", t.Value);
        Assert.Null(t.Anchor);
    }
}

public sealed class ClockTests
{
    [Fact]
    public void Wire_time_with_zone()
    {
        var t = One("The blast was heard at 0734 GMT near the ministry.", SundayJuly22, "0734 GMT");
        Assert.Equal("2012-07-22T07:34Z", t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }

    [Fact]
    public void Twelve_hour_clock_with_zone_and_without_date()
    {
        Assert.Equal("XXXX-XX-XXT15:00-05:00", One("The vote closes at 3 p.m. EST today.", null, "3 p.m. EST").Value);
        Assert.Equal("2012-07-22T10:30", One("The court sits at 10:30 on weekdays.", SundayJuly22, "10:30").Value);
    }

    [Fact]
    public void Chapter_and_verse_is_not_a_time()
    {
        Assert.Empty(Find("He quoted First Corinthians 9:25 to the crowd.", SundayJuly22));
    }
}

public sealed class ReferenceAndSetTests
{
    [Theory]
    [InlineData("This was recently emphasised by Kochavi.", "recently", "PAST_REF")]
    [InlineData("The recent meeting in Paris made it clear.", "recent", "PAST_REF")]
    [InlineData("Assad is now isolated.", "now", "PRESENT_REF")]
    [InlineData("It is a strategy Russia will regret in the long-term.", "the long-term", "FUTURE_REF")]
    [InlineData("Such attacks were rare in the past.", "the past", "PAST_REF")]
    public void Vague_references(string text, string expression, string value)
    {
        var t = One(text, SundayJuly22, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Date, t.Type);
    }

    [Fact]
    public void A_long_term_goal_is_not_a_time()
    {
        Assert.Empty(Find("The long-term goal is peace.", SundayJuly22));
    }

    [Theory]
    [InlineData("Protesters gather every Friday after prayers.", "every Friday", "XXXX-WXX-5")]
    [InlineData("Protesters gather on Fridays after prayers.", "Fridays", "XXXX-WXX-5")]
    [InlineData("Shells fall on the city every day.", "every day", "P1D")]
    [InlineData("Inspectors visit every two weeks.", "every two weeks", "P2W")]
    public void Sets(string text, string expression, string value)
    {
        var t = One(text, SundayJuly22, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Set, t.Type);
    }

    [Fact]
    public void Empty_text_gives_no_timex()
    {
        Assert.Empty(Find("", SundayJuly22));
        Assert.Empty(Find("No time words here at all.", SundayJuly22));
    }
}

public sealed class PartOfPeriodTests
{
    [Fact]
    public void End_of_the_year_is_the_current_year_with_mod_end()
    {
        var t = One("Troops will leave by the end of the year.", TimexTestSupport.SundayJuly22, "the end of the year");
        Assert.Equal("2012", t.Value);
        Assert.Equal("END", t.Mod);
        Assert.Equal("START", One("Talks began at the beginning of March 2011.", null, "the beginning of March 2011").Mod);
    }

    [Fact]
    public void The_weekend_follows_tense()
    {
        var wednesday = new DateOnly(2012, 7, 18);
        Assert.Equal("2012-W28-WE", One("Clashes erupted over the weekend.", wednesday, "the weekend").Value);
        Assert.Equal("2012-W29-WE", One("Ministers will meet over the weekend.", wednesday, "the weekend").Value);
    }

    [Fact]
    public void Parts_of_numbers_are_not_counts()
    {
        Assert.Equal("P2Y", One("The siege lasted 2 years.", null, "2 years").Value);
        Assert.DoesNotContain(Find("The project took 2.5 years.", null), t => t.Text == "5 years");
        Assert.DoesNotContain(Find("In July 2,000 people fled.", null), t => t.Value.EndsWith("-02", StringComparison.Ordinal));
    }
}

public sealed class LowerLayerTests
{
    [Fact]
    public void Uses_the_documents_sentences_when_the_text_stage_has_set_them()
    {
        const string text = "Troops entered Homs on Monday. Rain fell. Two days later they left.";
        var plain = new AnnotatedDocument(new Document("d", text, new SourceInfo { Published = TimexTestSupport.SundayJuly22 }));
        var oneSentence = plain with { Sentences = [new Sentence(0, text.Length, 0, 0)] };
        var annotator = new TimexAnnotator();

        // Split by the stage's own guesser, the date is two sentences back: too far to anchor.
        Assert.Equal("XXXX-XX-XX", annotator.Annotate(plain).Timex.Single(t => t.Text == "Two days later").Value);

        // As one sentence (as given), the date earlier in the same sentence anchors it.
        Assert.Equal("2012-07-18", annotator.Annotate(oneSentence).Timex.Single(t => t.Text == "Two days later").Value);
    }

    [Fact]
    public void Uses_pos_tags_for_tense_when_present()
    {
        // Lexically "expected" looks ahead ("talks expected on Friday"); tagged VBD it is a past verb.
        const string text = "Ministers expected cuts on Friday";
        var plain = new AnnotatedDocument(new Document("d", text, new SourceInfo { Published = new DateOnly(2012, 7, 18) }));
        Assert.Equal("2012-07-20", new TimexAnnotator().Annotate(plain).Timex.Single().Value);

        int[] starts = [0, 10, 19, 24, 27];
        int[] ends = [9, 18, 23, 26, 33];
        var tagged = plain with
        {
            Tokens = [.. starts.Select((s, i) => new Token(s, ends[i]))],
            Syntax = new SyntaxLayer(["NOUN", "VERB", "NOUN", "ADP", "PROPN"], ["NNS", "VBD", "NNS", "IN", "NNP"],
                ["minister", "expect", "cut", "on", "Friday"], [1, -1, 1, 4, 1], ["nsubj", "root", "obj", "case", "obl"]),
        };
        Assert.Equal("2012-07-13", new TimexAnnotator().Annotate(tagged).Timex.Single().Value);
    }
}

public sealed class TenseTests
{
    [Theory]
    [InlineData("Talks are set to resume on Thursday, diplomats said.", "2012-07-26")]
    [InlineData("Officials said on Thursday that talks will resume.", "2012-07-19")]
    [InlineData("On Thursday, ministers will meet in Geneva.", "2012-07-26")]
    [InlineData("Aid will arrive soon, officials said on Thursday.", "2012-07-19")]
    [InlineData("Elections will be held on Thursday.", "2012-07-26")]
    public void The_cue_in_the_weekdays_own_clause_wins(string text, string value)
    {
        Assert.Equal(value, One(text, TimexTestSupport.SundayJuly22, "Thursday").Value);
    }

    [Fact]
    public void Last_as_a_verb_is_not_a_direction()
    {
        var t = One("The summit will last three days.", TimexTestSupport.SundayJuly22, "three days");
        Assert.Equal("P3D", t.Value);
    }

    [Fact]
    public void Time_ahead_of_publication()
    {
        var t = One("She will step down in two weeks' time.", TimexTestSupport.SundayJuly22, "two weeks' time");
        Assert.Equal("2012-08-05", t.Value);
        Assert.Equal("APPROX", t.Mod);
        Assert.Equal("2012-07-25", One("The vote is three days from now.", TimexTestSupport.SundayJuly22, "three days from now").Value);
        Assert.Equal("FUTURE_REF", One("The vote is three days from now.", null, "three days from now").Value);
    }
}

public sealed class GenericWeekdayTests
{
    [Fact]
    public void A_weekday_after_an_article_is_any_such_day()
    {
        Assert.Equal("XXXX-WXX-1", One("We whittle the list down on a Monday.", TimexTestSupport.SundayJuly22, "Monday").Value);
    }
}

public sealed class RobustnessTests
{
    private static readonly string[] Words =
    [
        "on", "the", "last", "next", "this", "Monday", "Friday", "May", "June", "2012", "1999", "29", "February", "31", "ago",
        "later", "earlier", "days", "weeks", "months", "years", "decades", "999999", "12", ":", "30", "GMT", "p", ".", "m",
        "-", "/", "07", "2012-13-45", "every", "a", "few", "since", "in", "recent", "now", "yesterday", "tomorrow", "'", "time",
        "from", "early", "mid", "late", "1990s", "century", "19th", "the end of", "weekend", "twenty", "five", ",", "\n",
    ];

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(2012, 2, 29)]
    public void Random_time_word_salad_never_throws_and_spans_match_the_text(int year, int month, int day)
    {
        var random = new Random(year * 31 + day);
        for (int doc = 0; doc < 300; doc++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 40).Select(_ => Words[random.Next(Words.Length)]));
            var found = TimexTestSupport.Find(text, new DateOnly(year, month, day));
            Assert.All(found, t => Assert.False(string.IsNullOrEmpty(t.Value)));
        }
    }

    [Fact]
    public void Huge_counts_near_the_ends_of_the_calendar_fall_back_to_references()
    {
        Assert.Equal("PAST_REF", One("It began 999999 months ago.", new DateOnly(2012, 7, 22), "999999 months ago").Value);
        Assert.Equal("FUTURE_REF", One("It ends next year.", new DateOnly(9999, 7, 22), "next year").Value);
    }
}

public sealed class AnaphoricPeriodTests
{
    [Theory]
    [InlineData("Troops entered Homs on Wednesday. Later that day they withdrew.", "Later that day", "2012-07-18")]
    [InlineData("Troops entered Homs on Wednesday. That night the shelling began.", "That night", "2012-07-18TNI")]
    [InlineData("Troops entered Homs on Wednesday and left the same day.", "the same day", "2012-07-18")]
    [InlineData("The uprising began in 2011. Two years later the army split.", "Two years later", "2013")]
    [InlineData("The uprising began in March 2011. Later that year the army split.", "Later that year", "2011")]
    public void Resolve_against_the_earlier_date(string text, string expression, string value)
    {
        Assert.Equal(value, One(text, TimexTestSupport.SundayJuly22, expression).Value);
    }

    [Fact]
    public void A_day_needs_a_day_as_anchor_not_a_year()
    {
        Assert.Equal("XXXX-XX-XX", One("The uprising began in 2011. Two days later the army split.", TimexTestSupport.SundayJuly22, "Two days later").Value);
    }
}

public sealed class MoreDateTests
{
    [Fact]
    public void Early_and_late_on_a_day()
    {
        var t = One("Gunmen attacked the checkpoint early Monday.", TimexTestSupport.SundayJuly22, "early Monday");
        Assert.Equal("2012-07-16", t.Value);
        Assert.Equal("START", t.Mod);
    }

    [Fact]
    public void A_year_naming_an_event()
    {
        Assert.Equal("2011", One("The 2011 uprising changed Syria.", null, "2011").Value);
        Assert.Equal("2012", One("Syria's 2012 election was a sham.", null, "2012").Value);
        Assert.Empty(Find("The 2000 people who fled were housed in tents.", null));
    }

    [Fact]
    public void Seasons_take_their_year_from_tense()
    {
        Assert.Equal("2012-SP", One("The rebels advanced in the spring.", TimexTestSupport.SundayJuly22, "the spring").Value);
        Assert.Equal("2011-FA", One("The rebels advanced in the autumn.", TimexTestSupport.SundayJuly22, "the autumn").Value);
        Assert.Equal("2012-FA", One("The rebels will advance in the autumn.", TimexTestSupport.SundayJuly22, "the autumn").Value);
        Assert.Empty(Find("Russia fears the fall of Assad.", TimexTestSupport.SundayJuly22));
        Assert.Empty(Find("He covered the Winter Olympics for NBC.", TimexTestSupport.SundayJuly22));
    }
}

public sealed class WireCopyTests
{
    [Fact]
    public void A_clock_time_takes_the_day_written_next_to_it()
    {
        var found = TimexTestSupport.Find("The ceasefire was meant to take effect at 6 a.m. (0300 GMT) on April 12.", new DateOnly(2012, 8, 3));
        Assert.Equal("2012-04-12T06:00", found.Single(t => t.Text == "6 a.m.").Value);
        Assert.Equal("2012-04-12T03:00Z", found.Single(t => t.Text == "0300 GMT").Value);
        Assert.Equal("2012-07-20T07:34Z", One("Shelling began on Friday at 0734 GMT.", TimexTestSupport.SundayJuly22, "0734 GMT").Value);
    }

    [Fact]
    public void Same_weekday_as_publication_is_a_week_back_unless_wire_convention_is_chosen()
    {
        var friday = new DateOnly(2012, 8, 3);
        const string text = "Syrian jets bombed rebel positions on Friday, activists said.";
        Assert.Equal("2012-07-27", One(text, friday, "Friday").Value);
        Assert.Equal("2012-08-03", One(text, friday, "Friday", new TimexOptions { SameWeekdayIsPublicationDay = true }).Value);
    }

    [Fact]
    public void Lists_of_years_and_adjectives_before_units()
    {
        var found = TimexTestSupport.Find("The law was amended in 2005, 2009 and 2011.", null);
        Assert.Equal(["2005", "2009", "2011"], found.Select(t => t.Value));
        Assert.Equal("P3D", One("The army shelled the district for three consecutive days.", null, "three consecutive days").Value);
    }
}

public sealed class CompoundTests
{
    [Fact]
    public void Rates_are_sets()
    {
        var t = One("Inspectors visit the site twice a week.", null, "twice a week");
        Assert.Equal("P1W", t.Value);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal("P1D", One("Patients are fed three times a day.", null, "three times a day").Value);
    }

    [Fact]
    public void Unit_long_is_a_duration()
    {
        Assert.Equal("P1W", One("A week-long strike shut the port.", null, "week-long").Value);
        Assert.Equal("PXM", One("The months-long siege ended.", null, "months-long").Value);
    }

    [Fact]
    public void The_last_day_of_something_is_not_a_duration()
    {
        Assert.Empty(Find("On the last day of the talks nothing was agreed.", null));
    }
}
