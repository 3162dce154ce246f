using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Privacy;

[MessagePackObject]
public sealed record RetentionSet([property: Key(0)] int Days) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.RetentionDays = Days;
}
