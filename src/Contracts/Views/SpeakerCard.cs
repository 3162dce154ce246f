namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// Someone on the speakers' list as the room sees them: the name they are shown with (a pseudonym, or the name
/// the facilitator typed for someone on paper; null: without a name) and whether they take part remotely.
/// Never an id: the board goes to every phone.
/// </summary>
public sealed record SpeakerCard(string? Name, Presence Presence, bool OnPaper);
