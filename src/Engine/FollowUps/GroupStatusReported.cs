using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>A carried group said how it stands: the newest report counts. <see cref="StepsDone"/> are the numbers (from 0) of last time's steps done now.</summary>
[MessagePackObject]
public sealed record GroupStatusReported(
    [property: Key(0)] Guid GroupId,
    [property: Key(1)] GroupStatus Status,
    [property: Key(2)] string? Text,
    [property: Key(3)] IReadOnlyList<int> StepsDone,
    [property: Key(4)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.GroupsById[GroupId].Status = this;
}
