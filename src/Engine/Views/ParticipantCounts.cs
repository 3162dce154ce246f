namespace OffeneVersammlung.Engine.Views;

/// <summary>Head count by how people take part; paper participants count like everyone else.</summary>
public sealed record ParticipantCounts(int Total, int InRoom, int Remote, int OnPaper);
