using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>How someone arrives: a mood and one word. Checking in again replaces the earlier answer.</summary>
public sealed record CheckIn(Guid CommandId, Guid ParticipantId, Mood Mood, string Word) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        ShareMood.Decide(context, Phase.CheckIn, ParticipantId, Mood, Word, answer => new CheckedIn(ParticipantId, answer));
}
