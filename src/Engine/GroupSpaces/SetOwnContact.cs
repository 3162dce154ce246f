using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// A member shares how the others can reach them (phone, email, whatever they write), or takes it back with an empty
/// text. Only for themself: no command sets another member's contact, so each contact in the space is its owner's choice.
/// </summary>
public sealed record SetOwnContact(Guid CommandId, string? Contact) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        TextRules.TryOptional(Contact, SpaceLimits.Contact, nameof(Contact), out var contact, out var refusal)
            ? SpaceDecision.Accept(new MemberChanged(context.Member, contact, false))
            : SpaceDecision.From(refusal);
}
