using MessagePack;

namespace OffeneVersammlung.Contracts;

/// <summary>
/// A project group's profile, after the Lösungsteam concept: what it wants to solve, at most three
/// goals, how it will see success, first steps, the next meeting and what support it needs.
/// <see cref="Contact"/> is for the group and the facilitator only, never for public screens.
/// </summary>
[MessagePackObject]
public sealed record GroupProfile(
    [property: Key(0)] string Name,
    [property: Key(1)] string? Problem,
    [property: Key(2)] IReadOnlyList<string> Goals,
    [property: Key(3)] string? Indicators,
    [property: Key(4)] string? FirstSteps,
    [property: Key(5)] DateTimeOffset? NextMeetingAt,
    [property: Key(6)] string? NextMeetingPlace,
    [property: Key(7)] string? SupportNeeded,
    [property: Key(8)] string? Contact)
{
    public static GroupProfile Named(string name) => new(name, null, [], null, null, null, null, null, null);
}
