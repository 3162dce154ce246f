using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Voting;

[MessagePackObject]
public sealed record PaperDotsAdjusted([property: Key(0)] Guid TopicId, [property: Key(1)] int Delta, [property: Key(2)] int Round) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Votes.Current.AdjustPaper(TopicId, Delta);
}
