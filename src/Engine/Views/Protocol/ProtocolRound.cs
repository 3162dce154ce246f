namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// One voting round: the main vote (no <see cref="RunOffTopicNumbers"/>) or a run-off among tied
/// topics. <see cref="Voters"/> counts people who placed a dot themselves or through the facilitator;
/// <see cref="PaperDots"/> are the anonymous sticky dots counted from the wall.
/// </summary>
public sealed record ProtocolRound(
    int Number,
    IReadOnlyList<int>? RunOffTopicNumbers,
    int DotsPerPerson,
    bool IsRevealed,
    int Voters,
    int DotsUsed,
    int PaperDots)
{
    public bool IsRunOff => RunOffTopicNumbers is not null;
}
