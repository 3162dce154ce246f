using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record JoinCodeVisibilityChanged([property: Key(0)] bool Visible) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.JoinCodeVisible = Visible;
}
