using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;
using Xunit.Abstractions;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Phones on a line that keeps dropping while they vote (also between a command's arrival and its
/// answer), sending again what was not answered and now and then what was: every dot counts once and
/// every phone ends on the same board as the server.
/// </summary>
public sealed class NetworkDropTests(HostFactory host, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    private const int Phones = 20;
    private const int DotsEach = 5;
    private const int Cuts = 150;

    [Fact]
    public async Task Phones_whose_line_keeps_dropping_count_each_dot_once_and_converge_on_one_board()
    {
        var created = await AssemblyApi.CreateAsync(host, AssemblyApi.Request() with { DotsPerPerson = DotsEach, MaxDotsPerTopic = 2 });
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var topics = await VotingOnThreeTopicsAsync(facilitator);
        await using var line = FlakyLine.To(host.BaseAddress);
        var phones = (await Task.WhenAll(Enumerable.Range(0, Phones)
            .Select(i => ResilientPhone.JoinAsync(line.BaseAddress, created.JoinCode, $"Nachbar {i}", json: i % 4 == 0)))).ToList();
        try
        {
            line.StartDropping(seed: 7, Cuts);
            var repeats = await Task.WhenAll(phones.Select((phone, i) => VoteAsync(phone, topics, new Random(i))));

            var console = await facilitator.ViewAsync();
            Assert.Equal(Phones * DotsEach, console.DotsUsed);
            Assert.All(console.Participants, p => Assert.Equal(DotsEach, p.DotsUsed));
            await Eventually.HoldsAsync(
                () => phones.All(p => p.Board?.Version == console.Board.Version && p.Own?.DotsLeft == 0),
                () => $"{phones.Count(p => p.Board?.Version != console.Board.Version)} phones behind version {console.Board.Version}");
            Assert.True(phones.Sum(p => p.Resumes) > 0, "the line never dropped");
            output.WriteLine($"{line.Cuts} cuts, {phones.Sum(p => p.Resumes)} resumes, {repeats.Sum()} answered commands sent again");
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    /// <summary>Casts the phone's dots; after some answers it sends the same command again, as a phone does when an answer comes late.</summary>
    private static async Task<int> VoteAsync(ResilientPhone phone, Guid[] topics, Random random)
    {
        var repeats = 0;
        for (var k = 0; k < DotsEach; k++)
        {
            var commandId = Guid.NewGuid();
            var topic = topics[(k / 2 + random.Next(topics.Length)) % topics.Length];
            var first = await phone.SendUntilAnsweredAsync("CastDot", commandId, topic);
            if (!first.Accepted && first.Refusal == RefusalCode.TopicDotLimitReached)
            {
                k--;
                continue;
            }

            Assert.True(first.Accepted, $"{first.Refusal} {first.Detail}");
            if (random.Next(3) == 0)
            {
                var again = await phone.SendUntilAnsweredAsync("CastDot", commandId, topic);
                Assert.True(again.Accepted);
                repeats++;
            }
        }

        return repeats;
    }

    private static async Task<Guid[]> VotingOnThreeTopicsAsync(FacilitatorDriver facilitator)
    {
        for (var i = 0; i < 3; i++)
        {
            await facilitator.AdvanceAsync();
        }

        Guid[] topics = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        foreach (var topic in topics)
        {
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), topic, $"Thema {topic:N}"[..12], null));
        }

        await facilitator.AdvanceAsync();
        await facilitator.AdvanceAsync();
        return topics;
    }
}
