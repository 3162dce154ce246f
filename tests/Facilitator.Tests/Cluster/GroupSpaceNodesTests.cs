using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Tests.GroupSpaces;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>
/// Group spaces on two nodes in this process, on one PostgreSQL database and one real Redis: the links are the same on
/// both, commands posted to both at once are all decided against the newest state, and the sweep runs on one node.
/// </summary>
public sealed class GroupSpaceNodesTests : IAsyncLifetime
{
    private string _folder = string.Empty;
    private RedisServer _redis = null!;
    private ClusterNode _a = null!;
    private ClusterNode _b = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("ov-cluster-").FullName;
        var postgres = await (await PostgresCluster.Shared).CreateDatabaseAsync();
        _redis = await RedisServer.StartAsync();
        _a = ClusterNode.On(_folder, _redis, postgres);
        _b = ClusterNode.On(_folder, _redis, postgres);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _redis.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Status_entries_posted_to_both_nodes_at_once_are_all_kept_and_a_retry_on_the_other_node_is_kept_once()
    {
        var evening = await ClosedEvening.CloseAsync(_a);
        var link = await evening.LinkOfAsync(evening.AyseDevice);
        using var onB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _b.BaseAddress };
        var nodes = new[] { evening.Http, onB };
        var retried = Guid.NewGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            // Entry 0 is sent to both nodes with the same command id, as a phone does when its first answer got lost.
            var command = i < 2 ? retried : Guid.NewGuid();
            using var answer = await nodes[i % 2].PostAsync(link + "/stand", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["command"] = command.ToString("N"),
                ["text"] = i < 2 ? "Zweimal geschickt" : $"Eintrag {i}",
            }));
            return (answer.StatusCode, answer.Headers.Location?.OriginalString);
        })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode));
        Assert.All(answers, a => Assert.Contains("n=Saved", a.OriginalString, StringComparison.Ordinal));
        var token = link[(link.LastIndexOf('/') + 1)..];
        var space = (await _b.Services.GetRequiredService<IGroupSpaceLinks>().FindAsync(token))!.SpaceId;
        var entries = await _a.Services.GetRequiredService<LiveGroupSpaces>().ReadAsync(space, (s, now) => MemberSpaceView.For(s, s.Members.First().Id, now));
        Assert.Equal(23, entries!.Entries.Count);
        Assert.Single(entries.Entries, e => e.Text == "Zweimal geschickt");
    }

    [Fact]
    public async Task The_group_space_sweep_runs_on_the_one_node_that_holds_its_lease()
    {
        var sweepers = new[] { _a, _b }.Select(node => node.Services.GetRequiredService<GroupSpaceSweeper>()).ToArray();

        var first = await Task.WhenAll(sweepers.Select(s => s.RoundAsync()));
        var second = await Task.WhenAll(sweepers.Select(s => s.RoundAsync()));

        Assert.Single(first, swept => swept is not null);
        Assert.Equal(first.Select(swept => swept is not null), second.Select(swept => swept is not null));
    }
}
