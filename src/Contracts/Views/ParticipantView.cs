namespace OffeneVersammlung.Contracts.Views;

/// <summary>A participant's phone: the public board beside their own part.</summary>
public sealed record ParticipantView(PublicBoard Board, OwnView Own);
