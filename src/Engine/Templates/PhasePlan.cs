using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>One phase a template includes, with its timebox (none when null) and the prompt shown to everyone.</summary>
[MessagePackObject]
public sealed record PhasePlan(
    [property: Key(0)] Phase Phase,
    [property: Key(1)] int? TimeboxMinutes,
    [property: Key(2)] LocalizedText? Prompt);
