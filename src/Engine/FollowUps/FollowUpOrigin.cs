using MessagePack;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>The assembly a follow-up carried its groups over from: kept as a copy, so that assembly may be deleted.</summary>
[MessagePackObject]
public sealed record FollowUpOrigin([property: Key(0)] Guid AssemblyId, [property: Key(1)] string Title, [property: Key(2)] DateTimeOffset? HeldAt);
