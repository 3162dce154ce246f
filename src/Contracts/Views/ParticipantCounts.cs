namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// Head count by how people take part; paper participants count like everyone else. The three parts
/// add up to <see cref="Total"/>, as the screens show them in one line ("6 vor Ort · 1 online · 1 auf
/// Papier"): <see cref="InRoom"/> and <see cref="Remote"/> are people on their own phone, and
/// everyone the facilitator types in is <see cref="OnPaper"/>, wherever they sit.
/// </summary>
public sealed record ParticipantCounts(int Total, int InRoom, int Remote, int OnPaper);
