using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>
/// Two nodes on one PostgreSQL database and one Redis: node A in the test's process (its console is driven
/// in-process, as the console page runs), node B as its own process (which a test may SIGKILL).
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private readonly string _folder;

    private TwoNodes(string folder, string postgres, RedisServer redis, ClusterNode a, AppProcess b)
    {
        _folder = folder;
        Postgres = postgres;
        Redis = redis;
        A = a;
        B = b;
    }

    public RedisServer Redis { get; }

    public string Postgres { get; }

    public ClusterNode A { get; }

    public AppProcess B { get; }

    public static async Task<TwoNodes> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("ov-cluster-").FullName;
        var postgres = await (await PostgresCluster.Shared).CreateDatabaseAsync();
        var redis = await RedisServer.StartAsync();
        var a = ClusterNode.On(folder, redis, postgres);
        var b = await ClusterNode.StartProcessAsync(folder, redis, postgres);
        return new TwoNodes(folder, postgres, redis, a, b);
    }

    /// <summary>An assembly in dot voting with <paramref name="topics"/> paper topics, set up by the facilitator on node A.</summary>
    public async Task<(CreatedAssembly Created, FacilitatorDriver Facilitator, Guid[] Topics)> VotingAsync(int dotsPerPerson, int maxDotsPerTopic, int topics)
    {
        var created = await AssemblyApi.CreateAsync(A, AssemblyApi.Request() with { DotsPerPerson = dotsPerPerson, MaxDotsPerTopic = maxDotsPerTopic });
        var facilitator = await FacilitatorDriver.ConnectAsync(A, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var ids = Enumerable.Range(0, topics).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var (topic, i) in ids.Select((t, i) => (t, i)))
        {
            await facilitator.AddPaperTopicAsync(topic, $"Thema {i + 1}");
        }

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        return (created, facilitator, ids);
    }

    /// <summary>A phone on node A (even <paramref name="i"/>) or node B (odd), joined.</summary>
    public async Task<LiveClient> PhoneAsync(int i, string joinCode)
    {
        var phone = await LiveClient.ConnectAsync(i % 2 == 0 ? A.BaseAddress : B.BaseAddress);
        var joined = await phone.JoinAsync(joinCode, $"Nachbar {i}");
        Assert.True(joined.Accepted, $"join refused: {joined.Refusal} {joined.Detail}");
        return phone;
    }

    public async ValueTask DisposeAsync()
    {
        B.Dispose();
        await A.DisposeAsync();
        Redis.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
