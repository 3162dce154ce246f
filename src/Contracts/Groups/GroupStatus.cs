namespace OffeneVersammlung.Contracts;

/// <summary>How a carried-over group says it stands at the follow-up. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum GroupStatus
{
    OnTrack = 0,
    Stuck = 1,
    Done = 2,
    Paused = 3,
}
