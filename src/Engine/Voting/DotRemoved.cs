using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Voting;

[MessagePackObject]
public sealed record DotRemoved([property: Key(0)] Guid ParticipantId, [property: Key(1)] Guid TopicId, [property: Key(2)] int Round) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Votes.Current.Remove(ParticipantId, TopicId);
}
