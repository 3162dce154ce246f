using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>
/// The facilitator brings last time's groups into this follow-up (the host reads them from the closed assembly).
/// Once per assembly; every text is checked again, since the copy is stored here for as long as this assembly lives.
/// </summary>
public sealed record CarryOverGroups(Guid CommandId, FollowUpOrigin Origin, IReadOnlyList<CarriedGroup> Groups) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (context.State.FollowUpOf is not null)
        {
            return Refuse(RefusalCode.GroupsAlreadyCarriedOver);
        }

        if (Origin is null || Groups is null || Groups.Count is 0 or > FollowUpLimits.MaxGroups)
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Groups));
        }

        if (!TextRules.TryRequired(Origin.Title, TextLimits.Title, nameof(FollowUpOrigin.Title), out var title, out var refusal))
        {
            return refusal.AsDecision();
        }

        var clean = new List<CarriedGroup>(Groups.Count);
        foreach (var group in Groups)
        {
            if (group is null || group.GroupId == Guid.Empty || context.State.IsIdTaken(group.GroupId) || clean.Any(c => c.GroupId == group.GroupId))
            {
                return Refuse(RefusalCode.DuplicateId, nameof(CarriedGroup.GroupId));
            }

            if (!CarriedGroupRules.TryClean(group, out var cleanGroup, out refusal))
            {
                return refusal.AsDecision();
            }

            clean.Add(cleanGroup);
        }

        return Accept(new GroupsCarriedOver(Origin with { Title = title }, clean));
    }
}
