namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>The members switch the public profile on or off (off until they switch it on).</summary>
public sealed record SetPublicProfile(Guid CommandId, bool IsPublic) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        context.State.IsPublic == IsPublic ? SpaceDecision.Accept() : SpaceDecision.Accept(new SpaceSettingsSet(IsPublic, context.State.RetentionMonths));
}
