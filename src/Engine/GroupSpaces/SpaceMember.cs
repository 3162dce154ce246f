using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A member as the space was opened with them: the name they used that evening, and whether they took part on paper.</summary>
[MessagePackObject]
public sealed record SpaceMember([property: Key(0)] Guid MemberId, [property: Key(1)] string Name, [property: Key(2)] bool OnPaper);
