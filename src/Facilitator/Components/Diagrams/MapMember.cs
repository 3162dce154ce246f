namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A group member as the map names them: by pseudonym, or by number when they chose none.</summary>
internal sealed record MapMember(int Number, string? Pseudonym, bool OnPaper);
