using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Api;

namespace OffeneVersammlung.Testing;

/// <summary>Ways into an assembly that many tests start from, driven by the facilitator in the host's process, as the console is.</summary>
public static class Scenarios
{
    /// <summary>
    /// A fresh assembly (the test template: Welcome, CheckIn, TopicCollection, Clustering, DotVoting, …)
    /// in dot voting with one paper topic to vote on. It waits for no push, so it also works on a host
    /// whose clock stands still.
    /// </summary>
    public static async Task<(CreatedAssembly Created, FacilitatorDriver Facilitator, Guid Topic)> VotingWithOneTopicAsync(HostFactory host)
    {
        var created = await AssemblyApi.CreateAsync(host);
        var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var topic = Guid.NewGuid();
        await facilitator.AddPaperTopicAsync(topic, "Spielplatz an der Ecke");
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        return (created, facilitator, topic);
    }
}
