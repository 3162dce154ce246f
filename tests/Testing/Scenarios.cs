using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Api;

namespace OffeneVersammlung.Testing;

/// <summary>Ways into an assembly that many tests start from, driven by the facilitator over the hub.</summary>
public static class Scenarios
{
    /// <summary>Steps forward until the assembly is in <paramref name="phase"/>.</summary>
    public static async Task AdvanceToAsync(this LiveClient facilitator, Phase phase)
    {
        var current = (await facilitator.SnapshotAsync()).Facilitator!.Board.Phase;
        while (current != phase)
        {
            var moved = await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
            current = (await facilitator.ConsoleAtAsync(moved.Version)).Board.Phase;
        }
    }

    /// <summary>
    /// A fresh assembly (the test template: Welcome, CheckIn, TopicCollection, Clustering, DotVoting, …)
    /// in dot voting with one paper topic to vote on. It waits for no push, so it also works on a host
    /// whose clock stands still.
    /// </summary>
    public static async Task<(CreatedAssembly Created, LiveClient Facilitator, Guid Topic)> VotingWithOneTopicAsync(HostFactory host)
    {
        var created = await AssemblyApi.CreateAsync(host);
        var facilitator = await LiveClient.FacilitatorAsync(host, created);
        for (var step = 0; step < 3; step++)
        {
            await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        }

        var topic = Guid.NewGuid();
        await facilitator.DoAsync("AddPaperTopic", Guid.NewGuid(), topic, "Spielplatz an der Ecke", null);
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        return (created, facilitator, topic);
    }
}
