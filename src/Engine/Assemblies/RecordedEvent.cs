namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>An event with its place in the assembly's stream, the command that caused it and when.</summary>
public sealed record RecordedEvent(long Version, Guid CommandId, DateTimeOffset At, AssemblyEvent Event);
