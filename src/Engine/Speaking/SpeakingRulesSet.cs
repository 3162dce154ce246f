using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

[MessagePackObject]
public sealed record SpeakingRulesSet(
    [property: Key(0)] int? SecondsPerSpeaker,
    [property: Key(1)] bool FirstTimeFirst,
    [property: Key(2)] bool Gong,
    [property: Key(3)] bool InProtocol) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.SetRules(SecondsPerSpeaker, FirstTimeFirst, Gong, InProtocol);
}
