using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Privacy;

/// <summary>
/// The facilitator says how many days after its last event the assembly is deleted. Allowed in every
/// phase, also after the close, because that is when one decides how long the protocol is needed.
/// </summary>
public sealed record SetRetention(Guid CommandId, int Days) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        return Days is < Retention.MinDays or > Retention.MaxDays
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Days))
            : Accept(new RetentionSet(Days));
    }
}
