namespace OffeneVersammlung.Contracts.Views;

/// <summary>A participant in the facilitator's list: never their dots, only whether and how much they voted.</summary>
public sealed record ParticipantRow(
    Guid Id,
    int Number,
    string? Pseudonym,
    Presence Presence,
    Channel Channel,
    bool CheckedIn,
    bool CheckedOut,
    int DotsUsed,
    Guid? GroupId);
