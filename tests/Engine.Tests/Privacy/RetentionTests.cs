using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Privacy;

public class RetentionTests
{
    [Fact]
    public void A_new_assembly_is_kept_ninety_days_and_the_console_says_so()
    {
        var driver = new AssemblyDriver();

        Assert.Equal(90, driver.State.RetentionDays);
        Assert.Equal(90, driver.Assembly.FacilitatorView(driver.Now).RetentionDays);
    }

    [Fact]
    public void The_facilitator_sets_the_retention_and_the_console_shows_it()
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new SetRetention(Guid.NewGuid(), 14)).AssertAccepted();

        Assert.Equal(14, driver.Assembly.FacilitatorView(driver.Now).RetentionDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    [InlineData(int.MaxValue)]
    public void Retention_refuses_days_outside_one_to_3650(int days)
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new SetRetention(Guid.NewGuid(), days)).AssertRefused(RefusalCode.ValueOutOfRange);
        Assert.Equal(90, driver.State.RetentionDays);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3650)]
    public void Retention_accepts_the_bounds(int days)
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new SetRetention(Guid.NewGuid(), days)).AssertAccepted();

        Assert.Equal(days, driver.State.RetentionDays);
    }

    [Fact]
    public void Only_the_facilitator_may_set_the_retention()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");

        driver.As(ayse, new SetRetention(Guid.NewGuid(), 1)).AssertRefused(RefusalCode.NotAllowedForRole);
        Assert.Equal(90, driver.State.RetentionDays);
    }

    [Fact]
    public void Retention_can_still_be_set_after_the_close_when_nothing_else_can()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();
        Assert.Equal(Phase.Closed, driver.State.Phase);

        driver.Facilitate(new SetRetention(Guid.NewGuid(), 30)).AssertAccepted();

        Assert.Equal(30, driver.State.RetentionDays);
    }

    [Fact]
    public void Retention_is_rebuilt_from_the_history()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetRetention(Guid.NewGuid(), 7)).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History);

        Assert.Equal(7, replayed.State.RetentionDays);
        Assert.Equal(driver.Now, replayed.State.LastEventAt);
    }

    [Fact]
    public void An_assembly_expires_its_retention_days_after_its_last_event_not_its_first()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new SetRetention(Guid.NewGuid(), 10)).AssertAccepted();
        driver.Wait(TimeSpan.FromDays(5));
        driver.Join("Spät dabei");
        var lastEvent = driver.Now;

        Assert.Equal(lastEvent, driver.State.LastEventAt);
        Assert.False(Retention.HasExpired(driver.State, lastEvent.AddDays(10).AddTicks(-1)));
        Assert.True(Retention.HasExpired(driver.State, lastEvent.AddDays(10)));
    }

    [Fact]
    public void An_assembly_that_was_never_created_never_expires()
    {
        Assert.False(Retention.HasExpired(new OpenAssembly().State, DateTimeOffset.MaxValue));
    }
}
