using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Participants;

public class HeadcountTests
{
    [Fact]
    public void The_console_sets_the_recorded_headcount_beside_the_devices_that_joined()
    {
        var driver = new AssemblyDriver();
        driver.Join("Ali");
        driver.Join();
        driver.Join();
        driver.AddPaperParticipant("Frau K.");

        driver.Facilitate(new RecordHeadcount(Guid.NewGuid(), 2)).AssertAccepted();

        var console = driver.Assembly.FacilitatorView(driver.Now);
        Assert.Equal(3, console.DevicesJoined);
        Assert.Equal(new Headcount(2, driver.Now), console.Headcount);
    }

    [Fact]
    public void Without_a_count_the_console_shows_no_headcount()
    {
        var driver = new AssemblyDriver();
        driver.Join();

        Assert.Null(driver.Assembly.FacilitatorView(driver.Now).Headcount);
    }

    [Fact]
    public void A_recount_replaces_the_earlier_count_in_any_phase()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new RecordHeadcount(Guid.NewGuid(), 40)).AssertAccepted();
        driver.AdvanceTo(Phase.TopicCollection);
        driver.Wait(TimeSpan.FromMinutes(20));

        driver.Facilitate(new RecordHeadcount(Guid.NewGuid(), 47)).AssertAccepted();

        Assert.Equal(new Headcount(47, driver.Now), driver.State.Headcount);
    }

    [Fact]
    public void Only_the_facilitator_records_the_headcount()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();

        driver.As(neighbour, new RecordHeadcount(Guid.NewGuid(), 1)).AssertRefused(RefusalCode.NotAllowedForRole);
        Assert.Null(driver.State.Headcount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(RecordHeadcount.MaxCount + 1)]
    public void A_headcount_below_zero_or_beyond_any_room_is_refused(int count)
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new RecordHeadcount(Guid.NewGuid(), count)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void The_headcount_survives_a_replay_of_the_history()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new RecordHeadcount(Guid.NewGuid(), 12)).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        Assert.Equal(driver.State.Headcount, replayed.State.Headcount);
    }
}
