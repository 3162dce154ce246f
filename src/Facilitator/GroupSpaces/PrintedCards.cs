using OffeneVersammlung.Facilitator.Exports;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>The cards' PDF, or why there is none.</summary>
public sealed record PrintedCards(ExportFile? File, CardsRefusal? Refusal);
