using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// The facilitator counts the people in the room (and online) and records the number, so the console
/// can set it beside the devices that joined: more devices than people is a sign of vote stuffing.
/// A later count replaces the earlier one.
/// </summary>
public sealed record RecordHeadcount(Guid CommandId, int Count) : AssemblyCommand(CommandId)
{
    public const int MinCount = 0;
    public const int MaxCount = 10_000;

    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (Count is < MinCount or > MaxCount ? Refuse(RefusalCode.ValueOutOfRange, nameof(Count)) : null)
        ?? Accept(new HeadcountRecorded(Count, context.Now));
}
