using OffeneVersammlung.Contracts;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>
/// Several nodes on one store (decision 0021): whichever node a command reaches decides it against
/// the newest state, and every screen and phone on every node sees every change.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task The_console_on_node_A_sees_a_dot_cast_on_node_B()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var (created, facilitator, topics) = await nodes.VotingAsync(dotsPerPerson: 3, maxDotsPerTopic: 2, topics: 1);
        await using var _ = facilitator;
        using var projector = InProcessScreen.Projector(nodes.A, created.AssemblyId);
        await using var phone = await nodes.PhoneAsync(1, created.JoinCode);

        var cast = await phone.DoAsync("CastDot", Guid.NewGuid(), topics[0]);

        var console = await facilitator.ConsoleAtAsync(cast.Version);
        Assert.Equal(1, console.DotsUsed);
        await projector.AtAsync(cast.Version);
    }

    [Fact]
    public async Task Phones_on_two_nodes_vote_and_every_phone_converges_on_the_same_version_with_exactly_the_acknowledged_dots()
    {
        const int Phones = 10;
        const int DotsEach = 4;
        await using var nodes = await TwoNodes.StartAsync();
        var (created, facilitator, topics) = await nodes.VotingAsync(DotsEach, maxDotsPerTopic: 2, topics: 3);
        await using var _ = facilitator;
        var phones = await Task.WhenAll(Enumerable.Range(0, Phones).Select(i => nodes.PhoneAsync(i, created.JoinCode)));
        try
        {
            var results = await Task.WhenAll(phones.Select(async (phone, i) =>
            {
                var answers = new List<CommandResult>();
                for (var k = 0; k < DotsEach; k++)
                {
                    answers.Add(await phone.InvokeAsync("CastDot", Guid.NewGuid(), topics[(i + (k / 2)) % topics.Length]));
                }

                return answers;
            }));

            Assert.All(results.SelectMany(r => r), r => Assert.True(r.Accepted, $"{r.Refusal} {r.Detail}"));
            var last = results.SelectMany(r => r).Max(r => r.Version);
            await Task.WhenAll(phones.Select(p => p.BoardAtAsync(last)));
            Assert.All(phones, p => Assert.Equal(last, p.Board!.Version));
            await Eventually.HoldsAsync(
                () => phones.All(p => p.Own?.OwnDots.Values.Sum() == DotsEach),
                () => string.Join(", ", phones.Select(p => p.Own?.OwnDots.Values.Sum())));

            var console = await facilitator.ConsoleAtAsync(last);
            Assert.Equal(Phones * DotsEach, console.DotsUsed);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_hundred_dots_from_fifty_phones_split_over_two_nodes_never_exceed_anyones_budget()
    {
        const int People = 25;
        const int Budget = 2;
        await using var nodes = await TwoNodes.StartAsync();
        var (created, facilitator, topics) = await nodes.VotingAsync(Budget, maxDotsPerTopic: 1, topics: 4);
        await using var _ = facilitator;

        // Each person holds two phones, one on each node: the second resumes the first's device token.
        var first = await Task.WhenAll(Enumerable.Range(0, People).Select(i => nodes.PhoneAsync(2 * i, created.JoinCode)));
        var second = await Task.WhenAll(first.Select(async phone =>
        {
            var other = await LiveClient.ConnectAsync(nodes.B.BaseAddress);
            var resumed = await other.ResumeAsync(created.AssemblyId, phone.DeviceToken!);
            Assert.True(resumed.Accepted, $"resume refused: {resumed.Refusal} {resumed.Detail}");
            return other;
        }));
        try
        {
            // Both phones of a person spend the whole budget at once, on different topics: four tries, two dots.
            var answers = await Task.WhenAll(Enumerable.Range(0, People).SelectMany(i => new[]
            {
                CastBothAsync(first[i], topics[0], topics[1]),
                CastBothAsync(second[i], topics[2], topics[3]),
            }));

            var accepted = answers.SelectMany(a => a).Where(a => a.Accepted).ToList();
            Assert.All(answers.SelectMany(a => a).Where(a => !a.Accepted), a => Assert.Equal(RefusalCode.NoDotsLeft, a.Refusal));
            Assert.Equal(People * Budget, accepted.Count);
            var console = await facilitator.ConsoleAtAsync(accepted.Max(a => a.Version));
            Assert.Equal(People * Budget, console.DotsUsed);
            Assert.All(console.Participants, p => Assert.Equal(Budget, p.DotsUsed));
        }
        finally
        {
            foreach (var phone in first.Concat(second))
            {
                await phone.DisposeAsync();
            }
        }
    }

    private static async Task<CommandResult[]> CastBothAsync(LiveClient phone, Guid one, Guid other) =>
        await Task.WhenAll(phone.InvokeAsync("CastDot", Guid.NewGuid(), one), phone.InvokeAsync("CastDot", Guid.NewGuid(), other));
}

/// <summary>The cluster tests start processes and Redis servers; they run one after another, not beside the rest.</summary>
[CollectionDefinition(nameof(ClusterCollection), DisableParallelization = true)]
public sealed class ClusterCollection;
