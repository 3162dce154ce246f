using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests;

public class WholeAssemblyTests
{
    [Fact]
    public void An_assembly_runs_from_template_to_closed_with_phones_and_paper()
    {
        var driver = WholeAssembly.Run(participants: 8);

        var board = driver.Assembly.PublicBoard(driver.Now);
        Assert.Equal(Phase.Closed, board.Phase);
        Assert.Equal(9, board.Participants.Total);
        Assert.Equal(9, board.CheckIn.Answers);
        Assert.Equal(8, board.CheckOut.Answers);
        Assert.Equal(5, board.Topics.Count);
        Assert.NotNull(board.Results);
        Assert.Equal(2, board.Groups.Count);
        Assert.Equal(9, board.Groups.Sum(g => g.MemberCount));
        Assert.Equal("Spielplatz-Team", board.Groups[0].Profile.Name);
        Assert.Equal(8 * 2 + 1 + 2, board.Results!.Ranking.Sum(r => r.Totals[0]));
    }
}
