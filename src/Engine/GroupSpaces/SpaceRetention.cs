namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// How long a group space is kept after its last entry: a year unless the members choose 6 or 24 months. Counted in
/// calendar months from the last event, with the time passed in.
/// </summary>
public static class SpaceRetention
{
    public const int DefaultMonths = 12;

    public static IReadOnlyList<int> OfferedMonths { get; } = [6, 12, 24];

    public static DateTimeOffset DeletesAt(GroupSpaceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.LastEventAt.AddMonths(state.RetentionMonths);
    }

    public static bool HasExpired(GroupSpaceState state, DateTimeOffset now) => state.IsOpened && now >= DeletesAt(state);
}
