using OffeneVersammlung.Engine.Announcements;

namespace OffeneVersammlung.Engine.Tests.Announcements;

public class SeriesDatesTests
{
    private static readonly SeriesRule Monthly = new(Repeat.MonthlyOnWeekday, SeriesRule.DefaultTimeZone);
    private static readonly SeriesRule Weekly = new(Repeat.Weekly, SeriesRule.DefaultTimeZone);

    private static DateTimeOffset Berlin(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    [Fact]
    public void A_monthly_first_thursday_goes_on_to_the_first_thursday_of_the_next_month_across_the_month_end()
    {
        var first = Berlin(2026, 12, 3, 18, 0, 1);

        var next = SeriesDates.Next(first, Monthly, Berlin(2026, 12, 31, 23, 0, 1));

        Assert.Equal(Berlin(2027, 1, 7, 18, 0, 1), next);
    }

    [Fact]
    public void The_date_stays_the_next_one_while_its_evening_runs()
    {
        var first = Berlin(2026, 12, 3, 18, 0, 1);

        Assert.Equal(first, SeriesDates.Next(first, Monthly, Berlin(2026, 12, 3, 20, 59, 1)));
        Assert.Equal(Berlin(2027, 1, 7, 18, 0, 1), SeriesDates.Next(first, Monthly, Berlin(2026, 12, 3, 21, 0, 1)));
    }

    [Fact]
    public void A_monthly_date_keeps_its_wall_clock_time_when_the_clocks_go_forward_and_back()
    {
        var first = Berlin(2027, 3, 4, 18, 0, 1);

        Assert.Equal(Berlin(2027, 4, 1, 18, 0, 2), SeriesDates.Next(first, Monthly, Berlin(2027, 3, 20, 12, 0, 1)));
        Assert.Equal(Berlin(2027, 11, 4, 18, 0, 1), SeriesDates.Next(first, Monthly, Berlin(2027, 10, 20, 12, 0, 2)));
    }

    [Fact]
    public void A_weekly_date_keeps_its_wall_clock_time_across_the_change_to_summer_time()
    {
        // The clocks go forward on Sunday 28 March 2027.
        var first = Berlin(2027, 3, 25, 19, 30, 1);

        Assert.Equal(Berlin(2027, 4, 1, 19, 30, 2), SeriesDates.Next(first, Weekly, Berlin(2027, 3, 26, 9, 0, 1)));
    }

    [Fact]
    public void A_weekly_date_in_the_hour_the_clocks_skip_moves_on_by_that_hour()
    {
        // A Sunday brunch at 02:30 in the night (a night café): on 28 March 2027 there is no 02:30 in Berlin.
        var first = Berlin(2027, 3, 21, 2, 30, 1);

        var next = SeriesDates.Next(first, Weekly, Berlin(2027, 3, 22, 12, 0, 1));

        Assert.Equal(Berlin(2027, 3, 28, 3, 30, 2), next);
    }

    [Fact]
    public void A_weekly_date_in_the_hour_the_clocks_repeat_is_the_first_of_the_two()
    {
        // The clocks go back on Sunday 31 October 2027: 02:30 happens twice.
        var first = Berlin(2027, 10, 24, 2, 30, 2);

        var next = SeriesDates.Next(first, Weekly, Berlin(2027, 10, 25, 12, 0, 1));

        Assert.Equal(Berlin(2027, 10, 31, 2, 30, 2), next);
        Assert.Equal(TimeSpan.FromHours(2), next.Offset);
    }

    [Fact]
    public void A_date_in_the_fifth_week_means_the_last_such_weekday_of_every_month()
    {
        // Thursday 31 December 2026 is the fifth Thursday; February 2027 has only four.
        var first = Berlin(2026, 12, 31, 18, 0, 1);

        Assert.Equal(Berlin(2027, 1, 28, 18, 0, 1), SeriesDates.Next(first, Monthly, Berlin(2027, 1, 2, 12, 0, 1)));
        Assert.Equal(Berlin(2027, 2, 25, 18, 0, 1), SeriesDates.Next(first, Monthly, Berlin(2027, 2, 1, 12, 0, 1)));
    }

    [Fact]
    public void A_series_asked_long_after_its_first_date_finds_the_date_then_and_not_an_old_one()
    {
        var first = Berlin(2026, 12, 3, 18, 0, 1);

        Assert.Equal(Berlin(2029, 6, 7, 18, 0, 2), SeriesDates.Next(first, Monthly, Berlin(2029, 6, 1, 8, 0, 2)));
        Assert.Equal(Berlin(2029, 6, 7, 18, 0, 2), SeriesDates.Next(first, Weekly, Berlin(2029, 6, 1, 8, 0, 2)));
    }

    [Fact]
    public void Before_its_first_date_a_series_shows_the_first_date()
    {
        var first = Berlin(2026, 12, 3, 18, 0, 1);

        Assert.Equal(first, SeriesDates.Next(first, Monthly, Berlin(2026, 11, 1, 8, 0, 1)));
    }
}
