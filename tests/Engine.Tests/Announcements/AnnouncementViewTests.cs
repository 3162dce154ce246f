using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Announcements;

public class AnnouncementViewTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 18, 0, 0, TimeSpan.FromHours(1));

    private static AssemblyDriver Announced(SeriesRule? series = null)
    {
        var driver = new AssemblyDriver(start: Start.AddDays(-14));
        driver.Facilitate(AnnounceTests.Invitation(startsAt: Start, series: series)).AssertAccepted();
        return driver;
    }

    [Fact]
    public void An_assembly_without_an_announcement_has_no_announcement_view()
    {
        var driver = new AssemblyDriver();

        Assert.Null(AnnouncementView.Of(driver.State, driver.Now));
    }

    [Fact]
    public void Before_the_start_joining_is_not_yet_open_and_opens_half_an_hour_before()
    {
        var driver = Announced();

        var early = AnnouncementView.Of(driver.State, Start.AddMinutes(-31))!;
        var soon = AnnouncementView.Of(driver.State, Start.AddMinutes(-30))!;

        Assert.Equal(Joining.NotYet, early.Joining);
        Assert.Equal(Start.AddMinutes(-30), early.JoiningOpensAt);
        Assert.Equal(Joining.Open, soon.Joining);
    }

    [Fact]
    public void Once_the_facilitator_starts_the_evening_joining_is_open_whatever_the_clock_says()
    {
        var driver = Announced();
        driver.Advance();

        Assert.Equal(Joining.Open, AnnouncementView.Of(driver.State, Start.AddDays(-3))!.Joining);
    }

    [Fact]
    public void A_closed_assembly_without_a_series_is_over()
    {
        var driver = Announced();
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        var view = AnnouncementView.Of(driver.State, Start.AddHours(2))!;

        Assert.Equal(Joining.Over, view.Joining);
        Assert.Equal(Start, view.Date);
    }

    [Fact]
    public void A_closed_assembly_of_a_series_shows_the_series_next_date_which_opens_when_it_is_opened()
    {
        var driver = Announced(new SeriesRule(Repeat.MonthlyOnWeekday, SeriesRule.DefaultTimeZone));
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        var view = AnnouncementView.Of(driver.State, Start.AddHours(2))!;

        Assert.Equal(new DateTimeOffset(2027, 1, 7, 18, 0, 0, TimeSpan.FromHours(1)), view.Date);
        Assert.False(view.IsThisAssemblysDate);
        Assert.Equal(Joining.NotYet, view.Joining);
    }

    [Fact]
    public void The_steps_are_the_templates_phases_without_the_lobby_and_their_timeboxes_make_the_length()
    {
        var driver = Announced();

        var view = AnnouncementView.Of(driver.State, driver.Now)!;

        Assert.Equal(driver.Template.Phases.Where(p => p.Phase is not (Phase.Lobby or Phase.Closed)).Select(p => p.Phase), view.Steps.Select(s => s.Phase));
        Assert.Equal(TimeSpan.FromMinutes(driver.Template.Phases.Sum(p => p.TimeboxMinutes ?? 0)), view.Length);
    }
}
