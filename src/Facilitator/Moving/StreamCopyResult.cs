namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>How one stream's copy went: what was done, or (<see cref="Problem"/>) why the target does not hold the source's stream.</summary>
public sealed record StreamCopyResult(int Events, string How, string? Problem)
{
    public const string AlreadyThere = "already there";

    public bool IsEqual => Problem is null;

    public static StreamCopyResult Done(int events, string how) => new(events, how, null);

    public static StreamCopyResult Refused(int events, string problem) => new(events, "refused", problem);
}
