using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Voting;

[MessagePackObject]
public sealed record RunOffStarted([property: Key(0)] int Round, [property: Key(1)] IReadOnlyList<Guid> TopicIds) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Votes.OpenRunOff(Round, TopicIds);
}
