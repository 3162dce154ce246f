using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>How someone leaves: a mood and one word, shown as the evening's closing picture.</summary>
public sealed record CheckOut(Guid CommandId, Guid ParticipantId, Mood Mood, string Word) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        ShareMood.Decide(context, Phase.CheckOut, ParticipantId, Mood, Word, answer => new CheckedOut(ParticipantId, answer));
}
