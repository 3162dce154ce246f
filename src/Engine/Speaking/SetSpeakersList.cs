using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// The facilitator opens the speakers' list (in any phase) or closes it. Closing takes no hand away: as in a
/// plenary, "die Redeliste ist geschlossen" means no new hands, and those waiting still speak.
/// </summary>
public sealed record SetSpeakersList(Guid CommandId, bool Open) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.Speakers.IsOpen == Open
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Open))
            : Accept(new SpeakersListSet(Open)));
}
