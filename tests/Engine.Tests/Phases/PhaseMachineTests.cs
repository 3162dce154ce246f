using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Phases;

public class PhaseMachineTests
{
    [Fact]
    public void A_new_assembly_waits_in_the_lobby()
    {
        var driver = new AssemblyDriver();

        Assert.Equal(Phase.Lobby, driver.State.Phase);
    }

    [Fact]
    public void Advancing_walks_the_template_phases_in_order_until_closed()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        var visited = new List<Phase>();

        while (driver.State.Phase != Phase.Closed)
        {
            if (driver.State.Phase == Phase.TopicCollection)
            {
                driver.SubmitTopic(neighbour, "Mehr Bänke im Park");
            }

            driver.Advance();
            visited.Add(driver.State.Phase);
        }

        Assert.Equal(
            [Phase.Welcome, Phase.CheckIn, Phase.TopicCollection, Phase.Clustering, Phase.DotVoting, Phase.Results, Phase.ProjectGroups, Phase.CheckOut, Phase.Closed],
            visited);
    }

    [Fact]
    public void Phases_the_template_leaves_out_are_skipped()
    {
        var driver = new AssemblyDriver(TestTemplates.StoryEvening());
        driver.AdvanceTo(Phase.TopicCollection);

        driver.Advance();

        Assert.Equal(Phase.CheckOut, driver.State.Phase);
    }

    [Fact]
    public void Voting_cannot_start_without_a_visible_topic()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.Clustering);

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)).AssertRefused(RefusalCode.NoTopicsToVoteOn);
        Assert.Equal(Phase.Clustering, driver.State.Phase);
    }

    [Fact]
    public void Voting_cannot_start_when_every_topic_still_waits_for_moderation()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(moderate: true));
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(neighbour, "Spielplatz reparieren");
        driver.Advance();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)).AssertRefused(RefusalCode.NoTopicsToVoteOn);
    }

    [Fact]
    public void Stepping_back_undoes_a_phase_step_and_is_recorded()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.CheckIn);

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack)).AssertAccepted();

        Assert.Equal(Phase.Welcome, driver.State.Phase);
        var last = driver.State.PhaseHistory[^1];
        Assert.Equal((Phase.CheckIn, Phase.Welcome, PhaseTrigger.StepBack), (last.From, last.To, last.Trigger));
    }

    [Fact]
    public void Stepping_back_from_the_lobby_is_refused()
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack)).AssertRefused(RefusalCode.TransitionNotAllowed);
    }

    [Fact]
    public void Leaving_voting_backwards_is_refused_once_dots_are_cast()
    {
        var driver = VotingWithOneDot();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack)).AssertRefused(RefusalCode.VotesAlreadyCast);
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.ReopenTopicCollection)).AssertRefused(RefusalCode.VotesAlreadyCast);
    }

    [Fact]
    public void Topic_collection_can_be_reopened_from_voting_before_any_dot()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(neighbour, "Nachbarschaftsfest");
        driver.AdvanceTo(Phase.DotVoting);

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.ReopenTopicCollection)).AssertAccepted();

        Assert.Equal(Phase.TopicCollection, driver.State.Phase);
        driver.SubmitTopic(neighbour, "Tauschregal im Hausflur");
    }

    [Fact]
    public void Revealed_results_cannot_be_stepped_back_into_voting()
    {
        var driver = VotingWithOneDot();
        driver.Advance();
        driver.Reveal();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack)).AssertRefused(RefusalCode.RevealedVotesAreFinal);
    }

    [Fact]
    public void The_facilitator_can_close_early_from_any_phase()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.CheckIn);

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        Assert.Equal(Phase.Closed, driver.State.Phase);
    }

    [Fact]
    public void A_closed_assembly_refuses_every_further_command()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.StepBack)).AssertRefused(RefusalCode.TransitionNotAllowed);
        driver.As(neighbour, new CheckIn(Guid.NewGuid(), neighbour, Mood.Good, "müde")).AssertRefused(RefusalCode.AssemblyClosed);
        var stranger = Guid.NewGuid();
        driver.As(stranger, new JoinAssembly(Guid.NewGuid(), stranger, "late-device", null, Presence.Remote)).AssertRefused(RefusalCode.AssemblyClosed);
    }

    [Fact]
    public void Participants_cannot_move_phases()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();

        driver.As(neighbour, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void A_run_off_is_not_a_plain_phase_move()
    {
        var driver = VotingWithOneDot();
        driver.Advance();
        driver.Reveal();

        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.RunOff)).AssertRefused(RefusalCode.TransitionNotAllowed);
    }

    [Fact]
    public void A_repeated_command_id_is_applied_once()
    {
        var driver = new AssemblyDriver();
        var advance = new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance);

        driver.Facilitate(advance).AssertAccepted();
        var again = driver.Facilitate(advance);

        Assert.True(again.IsAccepted);
        Assert.True(again.WasDuplicate);
        Assert.Empty(again.Events);
        Assert.Equal(Phase.Welcome, driver.State.Phase);
    }

    [Fact]
    public void Commands_before_the_assembly_exists_are_refused()
    {
        var assembly = new OpenAssembly();

        assembly.Decide(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance), Actor.Facilitator, DateTimeOffset.UnixEpoch)
            .AssertRefused(RefusalCode.AssemblyNotCreated);
    }

    [Fact]
    public void An_assembly_cannot_be_created_twice()
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new CreateAssembly(Guid.NewGuid(), driver.AssemblyId, "Noch einmal", null, null, AssemblyFormat.Online, driver.Template))
            .AssertRefused(RefusalCode.AssemblyAlreadyCreated);
    }

    [Fact]
    public void A_template_with_phases_out_of_order_is_refused_at_creation()
    {
        var template = TestTemplates.Full() with { Phases = [.. TestTemplates.Full().Phases.Reverse()] };

        new OpenAssembly().Decide(new CreateAssembly(Guid.NewGuid(), Guid.NewGuid(), "Titel", null, null, AssemblyFormat.InRoom, template), Actor.Facilitator, DateTimeOffset.UnixEpoch)
            .AssertRefused(RefusalCode.InvalidTemplate);
    }

    [Fact]
    public void The_console_learns_which_moves_are_possible_and_why_not()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.Clustering);

        var moves = driver.Assembly.FacilitatorView(driver.Now).Moves;

        Assert.Equal(RefusalCode.NoTopicsToVoteOn, moves.Single(m => m.Trigger == PhaseTrigger.Advance).RefusedBecause);
        Assert.Equal(Phase.TopicCollection, moves.Single(m => m.Trigger == PhaseTrigger.StepBack).Destination);
    }

    [Fact]
    public void The_phase_diagram_shows_the_template_phases_and_leaves_out_the_others()
    {
        var diagram = PhaseDiagram.Mermaid(TestTemplates.StoryEvening());

        Assert.StartsWith("stateDiagram-v2", diagram.TrimStart());
        Assert.Contains("TopicCollection --> CheckOut", diagram);
        Assert.DoesNotContain("DotVoting", diagram);
    }

    private static AssemblyDriver VotingWithOneDot()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(neighbour, "Sperrmüll-Tauschtag");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(neighbour, topic).AssertAccepted();
        return driver;
    }
}
