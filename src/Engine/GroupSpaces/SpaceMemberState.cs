namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A member in the space now: their name, and the contact they chose to share (members only).</summary>
public sealed class SpaceMemberState(Guid id, string name, bool onPaper)
{
    public Guid Id { get; } = id;

    public string Name { get; } = name;

    public bool OnPaper { get; } = onPaper;

    public string? Contact { get; internal set; }

    public bool HasLeft { get; internal set; }
}
