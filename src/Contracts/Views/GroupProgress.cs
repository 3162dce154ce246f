namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// A carried-over group's progress since last time: who was in it then (by the names they used), its first steps
/// done then and now, and its newest status report (none yet: <see cref="Status"/> is null).
/// </summary>
public sealed record GroupProgress(
    string FromTitle,
    DateTimeOffset? FromDate,
    IReadOnlyList<string> MembersLastTime,
    IReadOnlyList<ProgressStep> Steps,
    GroupStatus? Status,
    string? StatusText,
    DateTimeOffset? ReportedAt);
