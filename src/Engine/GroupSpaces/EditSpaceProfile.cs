namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A member edits the group's profile (any member: the group keeps it together).</summary>
public sealed record EditSpaceProfile(Guid CommandId, SpaceProfile Profile) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        SpaceProfileRules.TryClean(Profile, out var clean, out var refusal)
            ? SpaceDecision.Accept(new SpaceProfileEdited(context.Member, clean))
            : SpaceDecision.From(refusal);
}
