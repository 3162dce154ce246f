using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Privacy;

/// <summary>
/// How long an assembly is kept after its last event. Neighbours' topics, moods and pseudonyms are
/// personal data; they are kept no longer than the facilitator needs them for the protocol.
/// </summary>
public static class Retention
{
    public const int DefaultDays = 90;
    public const int MinDays = 1;
    public const int MaxDays = 3650;

    /// <summary>True when the assembly's last event is at least its retention days old.</summary>
    public static bool HasExpired(AssemblyState state, DateTimeOffset now) =>
        state.IsCreated && HasExpired(state.RetentionDays, state.LastEventAt, now);

    public static bool HasExpired(int retentionDays, DateTimeOffset lastEventAt, DateTimeOffset now) =>
        now - lastEventAt >= TimeSpan.FromDays(retentionDays);
}
