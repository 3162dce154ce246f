using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

[MessagePackObject]
public sealed record SpeakersListSet([property: Key(0)] bool IsOpen) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.SetOpen(IsOpen);
}
