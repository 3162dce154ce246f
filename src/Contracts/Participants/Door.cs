namespace OffeneVersammlung.Contracts;

/// <summary>
/// Who may join from a phone with the code. Paper participants are the facilitator's own and never
/// pass the door. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).
/// </summary>
public enum Door
{
    /// <summary>Anyone with the code joins.</summary>
    Open = 0,

    /// <summary>Nobody new joins; whoever is in stays in.</summary>
    Closed = 1,

    /// <summary>A new phone knocks, and the facilitator lets it in or turns it away.</summary>
    ByApproval = 2,
}
