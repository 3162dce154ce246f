using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// A member's own part of the space: the contact they chose to share with the other members (null: none), or that
/// they left (their link stops working, their contact goes with them). Only the member themself causes it.
/// </summary>
[MessagePackObject]
public sealed record MemberChanged([property: Key(0)] Guid MemberId, [property: Key(1)] string? Contact, [property: Key(2)] bool Left) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state)
    {
        var member = state.MembersById[MemberId];
        member.Contact = Left ? null : Contact;
        member.HasLeft = Left;
    }
}
