using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Facilitator.Tests.Support;

/// <summary>
/// The line js/join-and-vote.mjs prints: what the JavaScript client got back, as it decoded it.
/// Enums are the names it received; Board and Own are null when no push reached that version.
/// </summary>
public sealed record JavaScriptRun(JavaScriptRun.Joined Join, IReadOnlyList<JavaScriptRun.Answer> Casts, JavaScriptRun.BoardPush? Board, JavaScriptRun.OwnPush? Own)
{
    public sealed record Joined(bool Accepted, string? Refusal, string? Detail, Guid AssemblyId, Guid ParticipantId, bool HasDeviceToken, long? SnapshotVersion);

    public sealed record Answer(bool Accepted, string? Refusal, string? Detail, long Version);

    public sealed record BoardPush(long Version, string Phase, Guid AssemblyId, int Pushes);

    public sealed record OwnPush(long Version, Guid ParticipantId, int DotsOnTopic, int DotsLeft, int Pushes);
}
