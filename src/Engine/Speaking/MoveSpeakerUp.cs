using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>The facilitator moves someone one place up the list.</summary>
public sealed record MoveSpeakerUp(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        return context.State.Speakers.PlaceOf(ParticipantId) switch
        {
            null => Refuse(RefusalCode.HandNotRaised),
            1 => Refuse(RefusalCode.AlreadyFirstInLine),
            { } place => Accept(new SpeakerMoved(ParticipantId, place - 2)),
        };
    }
}
