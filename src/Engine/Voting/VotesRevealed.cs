using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Voting;

[MessagePackObject]
public sealed record VotesRevealed([property: Key(0)] int Round) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Votes.Current.IsRevealed = true;
}
