using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// The facilitator opens or closes the door, or asks new phones to knock: against a flood of bots
/// or strangers with a leaked code, and to keep a late evening among those who are there.
/// </summary>
public sealed record SetDoor(Guid CommandId, Door Door) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (!Enum.IsDefined(Door) || context.State.Door == Door
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Door))
            : Accept(new DoorSet(Door)));
}
