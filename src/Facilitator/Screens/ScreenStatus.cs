namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>Where a live screen stands: waiting for its link to be checked, showing the assembly, or turned away.</summary>
public enum ScreenStatus
{
    Connecting,
    Live,
    Refused,
    Gone,
}
