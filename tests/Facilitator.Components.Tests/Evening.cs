using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>A real assembly run through the engine's commands, for views as the console receives them.</summary>
public sealed class Evening
{
    private readonly OpenAssembly _assembly = new();
    private DateTimeOffset _now = new(2026, 11, 26, 18, 0, 0, TimeSpan.FromHours(1));

    public Evening(AssemblyTemplate? template = null)
    {
        Facilitate(new CreateAssembly(Guid.NewGuid(), Guid.NewGuid(), "Offene Versammlung Nordstadt", "Nachbarschaftshaus", _now, AssemblyFormat.Hybrid, template ?? Template()));
    }

    /// <summary>
    /// Three topics revealed: "Mehr Bänke am Platz" and "Spielplatz reparieren" tie on 2 dots, "Tauschregal im
    /// Hof" has 1; the run-off between the two gives "Mehr Bänke am Platz" one dot, and is revealed too.
    /// </summary>
    public static Evening AfterARunOff()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        var ben = evening.Join("Ben");
        evening.AdvanceTo(Phase.TopicCollection);
        var benches = evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        var playground = evening.SubmitTopic(ben, "Spielplatz reparieren");
        var shelf = evening.SubmitTopic(ben, "Tauschregal im Hof");
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(amal, benches);
        evening.Dot(amal, benches);
        evening.Dot(amal, shelf);
        evening.Dot(ben, playground);
        evening.Dot(ben, playground);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();
        evening.RunOff(benches, playground);
        evening.Dot(amal, benches);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();
        return evening;
    }

    public Phase Phase => _assembly.State.Phase;

    public FacilitatorView View => _assembly.FacilitatorView(_now);

    public static AssemblyTemplate Template(int minSize = 3, int maxSize = 6, int groupsFromTop = 3, params Phase[] leaveOut) => new(
        "diagram-test",
        new LocalizedText("Test", "Test"),
        new LocalizedText("Test", "Test"),
        new[] { Phase.Welcome, Phase.CheckIn, Phase.TopicCollection, Phase.Clustering, Phase.DotVoting, Phase.Results, Phase.ProjectGroups, Phase.CheckOut }
            .Except(leaveOut)
            .Select(p => new PhasePlan(p, 10, null))
            .ToList(),
        new VotingRules(3, 2),
        new GroupRules(minSize, maxSize, groupsFromTop),
        false);

    public Guid Join(string? pseudonym = null)
    {
        var id = Guid.NewGuid();
        As(id, new JoinAssembly(Guid.NewGuid(), id, $"device-{id:N}", pseudonym, Presence.InRoom));
        return id;
    }

    public Guid JoinOnPaper(string? name = null)
    {
        var id = Guid.NewGuid();
        Facilitate(new AddPaperParticipant(Guid.NewGuid(), id, name, Presence.InRoom));
        return id;
    }

    public Guid SubmitTopic(Guid participant, string text)
    {
        var id = Guid.NewGuid();
        As(participant, new SubmitTopic(Guid.NewGuid(), id, participant, text, null));
        return id;
    }

    public void Move(PhaseTrigger trigger)
    {
        _now += TimeSpan.FromMinutes(5);
        Facilitate(new ChangePhase(Guid.NewGuid(), trigger));
    }

    public void AdvanceTo(Phase phase)
    {
        while (Phase != phase)
        {
            Move(PhaseTrigger.Advance);
        }
    }

    public Guid NameCluster(string label)
    {
        var id = Guid.NewGuid();
        Facilitate(new NameCluster(Guid.NewGuid(), id, label));
        return id;
    }

    public void Dot(Guid participant, Guid topic) => As(participant, new CastDot(Guid.NewGuid(), participant, topic));

    public void PaperDots(Guid topic, int delta) => Facilitate(new AdjustPaperDots(Guid.NewGuid(), topic, delta));

    public void Reveal() => Facilitate(new RevealVotes(Guid.NewGuid()));

    public void RunOff(params Guid[] topics) => Facilitate(new StartRunOff(Guid.NewGuid(), topics));

    public Guid OpenGroup(string name, Guid? topic = null)
    {
        var id = Guid.NewGuid();
        Facilitate(new CreateProjectGroup(Guid.NewGuid(), id, name, topic));
        return id;
    }

    public IReadOnlyList<Guid> SeedGroups()
    {
        Facilitate(new SeedProjectGroups(Guid.NewGuid()));
        return _assembly.State.Groups.Select(g => g.Id).ToList();
    }

    public void JoinGroup(Guid participant, Guid group, bool onPaper = false) =>
        Send(new JoinProjectGroup(Guid.NewGuid(), participant, group), onPaper ? Actor.Facilitator : Actor.Participant(participant));

    public void Profile(Guid group, GroupProfile profile) => Facilitate(new UpdateGroupProfile(Guid.NewGuid(), group, profile));

    private void Facilitate(AssemblyCommand command) => Send(command, Actor.Facilitator);

    private void As(Guid participant, AssemblyCommand command) => Send(command, Actor.Participant(participant));

    private void Send(AssemblyCommand command, Actor actor)
    {
        var decision = _assembly.Execute(command, actor, _now);
        Assert.True(decision.IsAccepted, $"{command.GetType().Name} was refused: {decision.Refusal}");
    }
}
