using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>What a command may look at while deciding: the state (read only by convention), who asks, and when.</summary>
internal sealed record DecisionContext(AssemblyState State, Actor Actor, DateTimeOffset Now, PhaseMachine Phases);
