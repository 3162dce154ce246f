using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>One project group with its topic, its members and how full it is.</summary>
internal sealed record MapGroup(GroupCard Card, MapTopic? Topic, IReadOnlyList<MapMember> Members)
{
    public GroupFill Fill => Card.MemberCount < Card.MinSize ? GroupFill.UnderMin
        : Card.MemberCount >= Card.MaxSize ? GroupFill.Full
        : GroupFill.Open;

    /// <summary>What the group asks partners for; shown as a partner node. Never the contact.</summary>
    public string? SupportNeeded => string.IsNullOrWhiteSpace(Card.Profile.SupportNeeded) ? null : Card.Profile.SupportNeeded;
}
