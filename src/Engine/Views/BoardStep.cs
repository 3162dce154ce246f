using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// The step of the evening a board shows: its phase, and in dot voting the round, whether it is a run-off and
/// whether the dots are revealed. A phone chooses its screen by these (the voting screen closes on the reveal, a
/// run-off shows only the tied topics), so boards of one step differ in counts and texts a phone may show a moment
/// later, while a board of another step changes what a person can do and must not wait behind a pace.
/// </summary>
public readonly record struct BoardStep(Phase Phase, int Round, bool IsRunOff, bool IsRevealed)
{
    public static BoardStep Of(PublicBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new BoardStep(board.Phase, board.Voting.Round, board.Voting.IsRunOff, board.Voting.IsRevealed);
    }
}
