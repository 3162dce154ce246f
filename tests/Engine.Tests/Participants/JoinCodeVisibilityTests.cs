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

public class JoinCodeVisibilityTests
{
    [Fact]
    public void The_join_code_is_shown_until_the_facilitator_hides_it_and_shown_again_when_asked()
    {
        var driver = new AssemblyDriver();
        Assert.True(driver.Assembly.PublicBoard(driver.Now).JoinCodeVisible);

        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: false)).AssertAccepted();
        Assert.False(driver.Assembly.PublicBoard(driver.Now).JoinCodeVisible);
        Assert.False(driver.Assembly.FacilitatorView(driver.Now).Board.JoinCodeVisible);

        driver.AdvanceTo(Phase.TopicCollection);
        Assert.False(driver.Assembly.PublicBoard(driver.Now).JoinCodeVisible);

        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: true)).AssertAccepted();
        Assert.True(driver.Assembly.PublicBoard(driver.Now).JoinCodeVisible);
    }

    [Fact]
    public void Only_the_facilitator_may_hide_the_join_code()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");

        driver.As(neighbour, new ShowJoinCode(Guid.NewGuid(), Visible: false)).AssertRefused(RefusalCode.NotAllowedForRole);

        Assert.True(driver.Assembly.PublicBoard(driver.Now).JoinCodeVisible);
    }

    [Fact]
    public void Hiding_a_hidden_join_code_changes_nothing_and_is_refused()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: false)).AssertAccepted();
        var version = driver.Assembly.Version;

        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: false)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: true)).AssertAccepted();
        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: true)).AssertRefused(RefusalCode.ValueOutOfRange);

        Assert.Equal(version + 1, driver.Assembly.Version);
    }

    [Fact]
    public void A_hidden_join_code_stays_hidden_after_a_replay_from_the_store()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(new ShowJoinCode(Guid.NewGuid(), Visible: false)).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        Assert.False(replayed.PublicBoard(driver.Now).JoinCodeVisible);
    }
}
