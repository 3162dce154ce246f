using OffeneVersammlung.Contracts;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>A node killed mid-vote, and Redis gone for a while: nothing acknowledged is lost, nothing counted twice, every node converges.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class NodeFailureTests
{
    private const int DotsEach = 4;

    [Fact]
    public async Task Phones_of_a_node_killed_mid_vote_reconnect_to_the_other_node_through_the_proxy_and_nothing_acknowledged_is_lost_or_counted_twice()
    {
        const int Phones = 12;
        await using var nodes = await TwoNodes.StartAsync();
        var (created, facilitator, topics) = await nodes.VotingAsync(DotsEach, maxDotsPerTopic: 2, topics: 3);
        await using var _ = facilitator;

        // The proxy sends each new connection to B while B lives, then to A.
        await using var proxy = FailoverLine.To(nodes.B.BaseAddress, nodes.A.BaseAddress);
        var phones = await Task.WhenAll(Enumerable.Range(0, Phones).Select(i => ResilientPhone.JoinAsync(proxy.BaseAddress, created.JoinCode, $"Nachbar {i}")));
        try
        {
            var plans = phones.Select((_, i) => Enumerable.Range(0, DotsEach).Select(k => (Id: Guid.NewGuid(), Topic: topics[(i + (k / 2)) % topics.Length])).ToList()).ToList();
            var acknowledged = new int[Phones];
            var total = 0;

            // Each phone votes until its line drops; B dies once a third of the dots is acknowledged.
            await HangGuard.Within(Task.WhenAll(phones.Select(async (phone, i) =>
            {
                foreach (var dot in plans[i])
                {
                    if (await phone.TrySendAsync("CastDot", dot.Id, dot.Topic) is not { } answer)
                    {
                        return;
                    }

                    Assert.True(answer.Accepted, $"{answer.Refusal} {answer.Detail}");
                    acknowledged[i]++;
                    if (Interlocked.Increment(ref total) == Phones * DotsEach / 3)
                    {
                        nodes.B.Kill();
                    }
                }
            })));

            // Every phone sends the rest of its plan again, same ids, until answered: through the proxy, now to A.
            await HangGuard.Within(Task.WhenAll(phones.Select(async (phone, i) =>
            {
                foreach (var dot in plans[i].Skip(acknowledged[i]))
                {
                    var answer = await phone.SendUntilAnsweredAsync("CastDot", dot.Id, dot.Topic);
                    Assert.True(answer.Accepted, $"{answer.Refusal} {answer.Detail}");
                }
            })));

            Assert.All(phones, p => Assert.True(p.Resumes >= 1, "a phone never reconnected"));
            var view = await facilitator.ViewAsync();
            Assert.Equal(Phones * DotsEach, view.DotsUsed);
            Assert.All(view.Participants, p => Assert.Equal(DotsEach, p.DotsUsed));
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
    public async Task With_Redis_gone_each_node_serves_its_own_phones_and_once_it_is_back_every_node_converges()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var (created, facilitator, topics) = await nodes.VotingAsync(DotsEach, maxDotsPerTopic: 2, topics: 2);
        await using var _ = facilitator;
        await using var onA = await nodes.PhoneAsync(0, created.JoinCode);
        await using var onB = await nodes.PhoneAsync(1, created.JoinCode);

        nodes.Redis.Stop();
        using var http = nodes.A.CreateHttpClient();
        await Eventually.HoldsAsync(
            () => http.GetStringAsync("health").GetAwaiter().GetResult().Contains("backplane: Degraded", StringComparison.Ordinal),
            () => "the health endpoint does not report the backplane as degraded");

        // Each node still decides and shows its own phones' dots, and still lets a phone join.
        var fromA = await onA.DoAsync("CastDot", Guid.NewGuid(), topics[0]);
        await onA.OwnAtAsync(fromA.Version);
        var fromB = await onB.DoAsync("CastDot", Guid.NewGuid(), topics[1]);
        await onB.OwnAtAsync(fromB.Version);
        await using var lateOnB = await nodes.PhoneAsync(3, created.JoinCode);
        var fromLate = await lateOnB.DoAsync("CastDot", Guid.NewGuid(), topics[0]);
        await lateOnB.OwnAtAsync(fromLate.Version);

        await nodes.Redis.StartAgainAsync();

        var last = Math.Max(fromA.Version, Math.Max(fromB.Version, fromLate.Version));
        await Task.WhenAll(onA.BoardAtAsync(last), onB.BoardAtAsync(last), lateOnB.BoardAtAsync(last));
        var console = await facilitator.ConsoleAtAsync(last);
        Assert.Equal(3, console.DotsUsed);
        Assert.StartsWith("Healthy", await http.GetStringAsync("health"), StringComparison.Ordinal);
    }
}
