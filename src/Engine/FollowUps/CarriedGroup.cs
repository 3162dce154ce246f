using MessagePack;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>
/// A project group as it stood at the end of last time, copied into the follow-up: name, problem, goals, first
/// steps and the names its members used. Never a contact: there is no field for one.
/// </summary>
[MessagePackObject]
public sealed record CarriedGroup(
    [property: Key(0)] Guid GroupId,
    [property: Key(1)] string Name,
    [property: Key(2)] string? Problem,
    [property: Key(3)] IReadOnlyList<string> Goals,
    [property: Key(4)] IReadOnlyList<CarriedStep> Steps,
    [property: Key(5)] IReadOnlyList<string> Members);
