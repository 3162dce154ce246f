using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Support;

/// <summary>Runs an assembly in memory with a hand-moved clock, keeping every recorded event for replay checks.</summary>
internal sealed class AssemblyDriver
{
    private readonly List<RecordedEvent> _history = [];

    public AssemblyDriver(AssemblyTemplate? template = null, DateTimeOffset? start = null)
    {
        Now = start ?? new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(1));
        Template = template ?? TestTemplates.Full();
        Facilitate(new CreateAssembly(Guid.NewGuid(), AssemblyId, "Offene Versammlung im Kiez", "Nachbarschaftshaus", Now, AssemblyFormat.Hybrid, Template)).AssertAccepted();
    }

    public Guid AssemblyId { get; } = Guid.NewGuid();

    public AssemblyTemplate Template { get; }

    public OpenAssembly Assembly { get; } = new();

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<RecordedEvent> History => _history;

    public AssemblyState State => Assembly.State;

    public void Wait(TimeSpan span) => Now += span;

    public Decision Facilitate(AssemblyCommand command) => Send(command, Actor.Facilitator);

    public Decision As(Guid participantId, AssemblyCommand command) => Send(command, Actor.Participant(participantId));

    public Decision Send(AssemblyCommand command, Actor actor)
    {
        var decision = Assembly.Decide(command, actor, Now);
        foreach (var recorded in Assembly.Stamp(decision, command.CommandId, Now))
        {
            Assembly.Apply(recorded);
            _history.Add(recorded);
        }

        return decision;
    }

    public Guid Join(string? pseudonym = null, Presence presence = Presence.InRoom)
    {
        var id = Guid.NewGuid();
        As(id, new JoinAssembly(Guid.NewGuid(), id, $"device-{id:N}", pseudonym, presence)).AssertAccepted();
        return id;
    }

    public Guid AddPaperParticipant(string? name = null, Presence presence = Presence.InRoom)
    {
        var id = Guid.NewGuid();
        Facilitate(new AddPaperParticipant(Guid.NewGuid(), id, name, presence)).AssertAccepted();
        return id;
    }

    public void Advance() => Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)).AssertAccepted();

    public void AdvanceTo(Phase phase)
    {
        while (State.Phase != phase)
        {
            Advance();
        }
    }

    public Guid SubmitTopic(Guid participantId, string text, string? category = null)
    {
        var id = Guid.NewGuid();
        As(participantId, new SubmitTopic(Guid.NewGuid(), id, participantId, text, category)).AssertAccepted();
        return id;
    }

    public Guid AddPaperTopic(string text)
    {
        var id = Guid.NewGuid();
        Facilitate(new AddPaperTopic(Guid.NewGuid(), id, text, null)).AssertAccepted();
        return id;
    }

    public Decision Dot(Guid participantId, Guid topicId) => As(participantId, new CastDot(Guid.NewGuid(), participantId, topicId));

    public Guid NameCluster(string label)
    {
        var id = Guid.NewGuid();
        Facilitate(new NameCluster(Guid.NewGuid(), id, label)).AssertAccepted();
        return id;
    }

    public void Reveal() => Facilitate(new RevealVotes(Guid.NewGuid())).AssertAccepted();
}
