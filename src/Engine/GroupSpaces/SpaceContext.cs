namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>What a group space command may look at: the state, which member asks (null: the host itself, opening the space), and when.</summary>
internal sealed record SpaceContext(GroupSpaceState State, Guid? MemberId, DateTimeOffset Now)
{
    /// <summary>The asking member; only valid after <see cref="GroupSpace.Decide"/> checked membership.</summary>
    public Guid Member => MemberId!.Value;
}
