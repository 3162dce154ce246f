using System.Text.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class WholeAssemblyTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const int People = 20;

    [Fact]
    public async Task A_facilitator_and_twenty_participants_run_a_whole_assembly_and_all_end_on_the_same_board()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        using var projector = InProcessScreen.Projector(host, created.AssemblyId);
        var phones = await Task.WhenAll(Enumerable.Range(1, People).Select(i => LiveClient.ParticipantAsync(host, created.JoinCode, i % 4 == 0 ? null : $"Nachbar {i}")));
        try
        {
            await Advance(facilitator, Phase.Welcome);
            await Advance(facilitator, Phase.CheckIn);
            await Task.WhenAll(phones.Select(p => p.DoAsync("CheckIn", Guid.NewGuid(), Mood.Good, "neugierig")));

            await Advance(facilitator, Phase.TopicCollection);
            var topics = new List<Guid>();
            foreach (var (phone, i) in phones.Take(5).Select((p, i) => (p, i)))
            {
                var topicId = Guid.NewGuid();
                await phone.DoAsync("SubmitTopic", Guid.NewGuid(), topicId, $"Thema {i + 1}", null);
                topics.Add(topicId);
            }

            var paperTopic = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), paperTopic, "Mehr Bänke am Platz", "Platz"));
            topics.Add(paperTopic);
            var paperPerson = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), paperPerson, "Frau K.", Presence.InRoom));

            await Advance(facilitator, Phase.Clustering);
            var cluster = Guid.NewGuid();
            await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), cluster, "Verkehr"));
            await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), topics[0], cluster));

            await Advance(facilitator, Phase.DotVoting);
            var expectedDots = phones.Select((_, i) => ExpectedDots(topics, i)).ToArray();
            await Task.WhenAll(phones.Select(async (phone, i) =>
            {
                foreach (var topic in DotsOf(topics, i))
                {
                    await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
                }
            }));
            await facilitator.DoAsync(new CastDot(Guid.NewGuid(), paperPerson, paperTopic));
            var votingDone = await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), paperTopic, 4));

            var console = await facilitator.ConsoleAtAsync(votingDone.Version);
            Assert.Equal((People * 3) + 1 + 4, console.DotsUsed);
            foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
            {
                var board = await phone.BoardAtAsync(votingDone.Version);
                Assert.False(board.Voting.IsRevealed);
                Assert.Null(board.Results);
                var own = (await phone.SnapshotAsync()).Participant!.Own;
                Assert.Equal(expectedDots[i].OrderBy(d => d.Key), own.OwnDots.OrderBy(d => d.Key));
                Assert.Equal(0, own.DotsLeft);
            }

            await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
            await Advance(facilitator, Phase.Results);
            await Advance(facilitator, Phase.ProjectGroups);
            var seeded = await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
            var groups = (await projector.AtAsync(seeded.Version)).Groups.Select(g => g.Id).ToList();
            Assert.Equal(3, groups.Count);
            await Task.WhenAll(phones.Select((phone, i) => phone.DoAsync("JoinGroup", Guid.NewGuid(), groups[i % 3])));
            await facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), paperPerson, groups[0]));
            var profile = new GroupProfile("Bänke für alle", "Zu wenig Sitzplätze", ["Drei Bänke bis Herbst"], null, "Ortsbegehung", null, "Café Eck", null, "kontakt@example.org");
            var profiled = await phones[0].DoAsync("UpdateGroupProfile", Guid.NewGuid(), groups[0], profile);

            Assert.Equal("kontakt@example.org", (await phones[0].OwnAtAsync(profiled.Version)).GroupProfile?.Contact);
            Assert.Equal("kontakt@example.org", (await phones[3].OwnAtAsync(profiled.Version)).GroupProfile?.Contact);
            Assert.All((await projector.AtAsync(profiled.Version)).Groups, g => Assert.Null(g.Profile.Contact));

            await Advance(facilitator, Phase.CheckOut);
            await Task.WhenAll(phones.Select(p => p.DoAsync("CheckOut", Guid.NewGuid(), Mood.VeryGood, "zufrieden")));
            var closed = await Advance(facilitator, Phase.Closed);

            var final = Json(await projector.AtAsync(closed));
            foreach (var phone in phones)
            {
                var board = await phone.BoardAtAsync(closed);
                Assert.Equal(closed, board.Version);
                Assert.Equal(final, Json(board));
            }

            Assert.Equal(People, (await facilitator.ConsoleAtAsync(closed)).Board.CheckOut.Answers);
            AssertNothingPrivateLeaked(phones, expectedDots, projector);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    /// <summary>Own views go only to their owner and hold only the owner's dots; no board shows counts before the reveal.</summary>
    private static void AssertNothingPrivateLeaked(LiveClient[] phones, Dictionary<Guid, int>[] expectedDots, InProcessScreen<PublicBoard> projector)
    {
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            Assert.All(phone.OwnPushes, own =>
            {
                Assert.Equal(phone.ParticipantId, own.ParticipantId);
                Assert.All(own.OwnDots, dot => Assert.InRange(dot.Value, 1, expectedDots[i].GetValueOrDefault(dot.Key)));
            });
        }

        Assert.All(phones.SelectMany(p => p.BoardPushes).Concat(projector.Views), board =>
        {
            if (!board.Voting.IsRevealed)
            {
                Assert.Null(board.Results);
            }
        });
    }

    private static async Task<long> Advance(FacilitatorDriver facilitator, Phase expected)
    {
        var result = await facilitator.AdvanceAsync();
        Assert.Equal(expected, (await facilitator.ConsoleAtAsync(result.Version)).Board.Phase);
        return result.Version;
    }

    /// <summary>Three dots each, two of them on one topic (the per-topic maximum), spread over the six topics.</summary>
    private static Guid[] DotsOf(List<Guid> topics, int person) =>
        [topics[person % topics.Count], topics[(person + 1) % topics.Count], topics[person % topics.Count]];

    private static Dictionary<Guid, int> ExpectedDots(List<Guid> topics, int person) =>
        DotsOf(topics, person).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    private static string Json(PublicBoard board) => JsonSerializer.Serialize(board);
}
