using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Timers;

public class PhaseTimerTests
{
    [Fact]
    public void Entering_a_phase_sets_its_timebox_without_starting_it()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.TopicCollection);

        var timer = driver.Assembly.PublicBoard(driver.Now).Timer;

        Assert.Equal(15 * 60, timer.DurationSeconds);
        Assert.Equal(15 * 60, timer.RemainingSeconds);
        Assert.False(timer.IsRunning);
    }

    [Fact]
    public void A_running_timer_counts_down_with_the_time_passed_in()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.CheckIn);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();

        driver.Wait(TimeSpan.FromMinutes(4));
        var timer = driver.Assembly.PublicBoard(driver.Now).Timer;

        Assert.Equal(6 * 60, timer.RemainingSeconds);
        Assert.True(timer.IsRunning);
        Assert.Equal(driver.Now.AddMinutes(6), timer.EndsAt);
    }

    [Fact]
    public void Pausing_freezes_the_remaining_time_and_starting_again_resumes_it()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.CheckIn);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();
        driver.Wait(TimeSpan.FromMinutes(3));
        driver.Facilitate(new PauseTimer(Guid.NewGuid())).AssertAccepted();

        driver.Wait(TimeSpan.FromMinutes(20));
        Assert.Equal(7 * 60, driver.Assembly.PublicBoard(driver.Now).Timer.RemainingSeconds);

        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();
        driver.Wait(TimeSpan.FromMinutes(2));
        Assert.Equal(5 * 60, driver.Assembly.PublicBoard(driver.Now).Timer.RemainingSeconds);
    }

    [Fact]
    public void Extending_adds_time_to_the_countdown()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.CheckIn);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();

        driver.Facilitate(new ExtendTimer(Guid.NewGuid(), 120)).AssertAccepted();

        Assert.Equal(12 * 60, driver.Assembly.PublicBoard(driver.Now).Timer.RemainingSeconds);
    }

    [Fact]
    public void A_preset_starts_a_fresh_countdown_even_in_a_phase_without_timebox()
    {
        var driver = new AssemblyDriver(TestTemplates.StoryEvening() with
        {
            Phases = [new OffeneVersammlung.Engine.Templates.PhasePlan(Phase.Welcome, null, null)],
        });
        driver.AdvanceTo(Phase.Welcome);

        driver.Facilitate(new StartTimer(Guid.NewGuid(), 180)).AssertAccepted();
        driver.Wait(TimeSpan.FromSeconds(30));

        Assert.Equal(150, driver.Assembly.PublicBoard(driver.Now).Timer.RemainingSeconds);
    }

    [Fact]
    public void An_overrun_shows_as_negative_remaining_time()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.Welcome);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();

        driver.Wait(TimeSpan.FromMinutes(6));

        Assert.Equal(-60, driver.Assembly.PublicBoard(driver.Now).Timer.RemainingSeconds);
    }

    [Fact]
    public void Timer_commands_that_make_no_sense_are_refused()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertRefused(RefusalCode.NoTimerSet);
        driver.Facilitate(new PauseTimer(Guid.NewGuid())).AssertRefused(RefusalCode.TimerNotRunning);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), 0)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.AdvanceTo(Phase.Welcome);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertRefused(RefusalCode.TimerAlreadyRunning);
        driver.Facilitate(new ExtendTimer(Guid.NewGuid(), -3600)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void Moving_to_the_next_phase_resets_the_timer_to_that_phase()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.Welcome);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();

        driver.Advance();

        var timer = driver.Assembly.PublicBoard(driver.Now).Timer;
        Assert.False(timer.IsRunning);
        Assert.Equal(10 * 60, timer.RemainingSeconds);
    }

    [Fact]
    public void Participants_cannot_touch_the_timer()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.Welcome);

        driver.As(neighbour, new StartTimer(Guid.NewGuid(), null)).AssertRefused(RefusalCode.NotAllowedForRole);
    }
}
