using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// The facilitator's one tap "next": the current speaker finishes and the first one waiting speaks (or
/// nobody, when nobody waits). <see cref="Finishing"/> is the speaker the console showed when it was tapped,
/// so a second console's tap at the same moment cannot skip someone.
/// </summary>
public sealed record CallNextSpeaker(Guid CommandId, Guid? Finishing) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        var list = context.State.Speakers;
        if (list.Current != Finishing)
        {
            return Refuse(RefusalCode.SpeakerChanged);
        }

        if (list.Waiting.Count == 0 && list.Current is null)
        {
            return Refuse(RefusalCode.NobodyWaiting);
        }

        return Accept(new SpeakerCalled(list.Waiting.Count > 0 ? list.Waiting[0] : null, context.Now));
    }
}
