using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// The facilitator hides the join QR code and code from the projector once everyone is in (it takes
/// room from the board), or shows it again for latecomers. Every screen follows the same state.
/// </summary>
public sealed record ShowJoinCode(Guid CommandId, bool Visible) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.JoinCodeVisible == Visible
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Visible))
            : Accept(new JoinCodeVisibilityChanged(Visible)));
}
