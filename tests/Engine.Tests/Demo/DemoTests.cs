using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Demo;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Demo;

public class DemoTests
{
    [Fact]
    public void The_demo_evening_plays_through_every_rule_and_stops_where_the_facilitator_takes_over()
    {
        var script = DemoScriptJson.Parse(File.ReadAllText(RepositoryRoot.Seeds("demo", "kiezversammlung.json")));
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == script.TemplateId);
        var assembly = new OpenAssembly();
        var now = new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(1));

        foreach (var (command, actor) in DemoPlayer.Commands(script, template, Guid.NewGuid(), now))
        {
            var decision = assembly.Execute(command, actor, now);
            Assert.True(decision.IsAccepted, $"{command.GetType().Name} was refused: {decision.Refusal}");
        }

        var board = assembly.PublicBoard(now);
        Assert.Equal(Phase.ProjectGroups, board.Phase);
        Assert.Equal(script.People.Count, board.Participants.Total);
        Assert.Equal(script.Topics.Count, board.Topics.Count);
        Assert.NotNull(board.Results);
        Assert.Equal(script.Groups.Count, board.Groups.Count);
        Assert.All(board.Groups, g => Assert.NotNull(g.Profile.NextMeetingAt));
    }

    [Fact]
    public void Playing_the_demo_twice_for_the_same_assembly_names_the_same_ids()
    {
        var script = DemoScriptJson.Parse(File.ReadAllText(RepositoryRoot.Seeds("demo", "kiezversammlung.json")));
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == script.TemplateId);
        var id = Guid.NewGuid();

        var first = DemoPlayer.Commands(script, template, id, DateTimeOffset.UnixEpoch).Select(c => c.Command.CommandId).ToList();
        var second = DemoPlayer.Commands(script, template, id, DateTimeOffset.UnixEpoch).Select(c => c.Command.CommandId).ToList();

        Assert.Equal(first, second);
    }
}
