using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>Issue 15 item 2: the failed-join limit per address holds across nodes, and so does a room's proven code.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class JoinLimitTests
{
    private static readonly int Limit = new OffeneVersammlungOptions().FailedJoinsPerAddress;

    [Fact]
    public async Task Wrong_codes_guessed_on_node_A_stop_the_address_on_node_B_while_the_code_its_room_proved_on_A_still_joins_on_B()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var room = await AssemblyApi.CreateAsync(nodes.A);
        var elsewhere = await AssemblyApi.CreateAsync(nodes.A);
        await using var first = await nodes.PhoneAsync(0, room.JoinCode);

        for (var line = 0; line < Limit / ParticipantDeskLimit; line++)
        {
            await using var guesser = await LiveClient.ConnectAsync(nodes.A.BaseAddress);
            for (var guess = 0; guess < ParticipantDeskLimit; guess++)
            {
                Assert.Equal(HostRefusal.UnknownJoinCode, (await guesser.JoinAsync("ZZZZZZZZ", null)).Host);
            }
        }

        await using var onB = await LiveClient.ConnectAsync(nodes.B.BaseAddress);
        var unproven = await onB.JoinAsync(elsewhere.JoinCode, null);
        var proven = await onB.JoinAsync(room.JoinCode, "Nachbarin");

        Assert.Equal((false, RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts), (unproven.Accepted, unproven.Refusal, unproven.Host));
        Assert.True(proven.Accepted, $"{proven.Refusal} {proven.Detail}");
    }

    private static int ParticipantDeskLimit => Participation.ParticipantDesk.MaxFailedJoins;
}
