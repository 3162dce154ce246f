using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// What the group says about itself, after the Lösungsteam profile: name, the problem, at most three goals, how it
/// will see success, where it stands, its partners, the support it needs and its open questions. Nothing in it
/// names a member: this is what the public profile may show.
/// </summary>
[MessagePackObject]
public sealed record SpaceProfile(
    [property: Key(0)] string Name,
    [property: Key(1)] string? Problem,
    [property: Key(2)] IReadOnlyList<string> Goals,
    [property: Key(3)] string? Indicators,
    [property: Key(4)] string? Status,
    [property: Key(5)] string? Partners,
    [property: Key(6)] string? SupportNeeded,
    [property: Key(7)] string? OpenQuestions);
