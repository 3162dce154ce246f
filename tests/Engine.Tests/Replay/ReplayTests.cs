using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Replay;

public class ReplayTests
{
    [Fact]
    public void Replaying_the_stored_events_gives_the_same_views_as_the_live_assembly()
    {
        var driver = WholeAssembly.Run(participants: 6);

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        Assert.Equal(driver.Assembly.Version, replayed.Version);
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(replayed, driver.Now));
    }

    [Fact]
    public void A_replayed_assembly_still_recognises_commands_it_has_handled()
    {
        var driver = WholeAssembly.Run(participants: 2);
        var replayed = OpenAssembly.FromHistory(driver.History);
        var someCommand = driver.History[^1].CommandId;

        Assert.Contains(someCommand, driver.History.Select(h => h.CommandId));
        Assert.True(replayed.Decide(new ChangePhase(someCommand, PhaseTrigger.StepBack), Actor.Facilitator, driver.Now).WasDuplicate);
    }

    [Fact]
    public void Events_must_be_applied_in_version_order()
    {
        var driver = WholeAssembly.Run(participants: 1);
        var assembly = new OpenAssembly();

        Assert.Throws<InvalidOperationException>(() => assembly.Apply(driver.History[1]));
    }
}
