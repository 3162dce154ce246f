using System.Text.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>The speakers' list through real SignalR phones; the facilitator acts in-process, as the console does.</summary>
public sealed class SpeakersListHubTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Hands_raised_at_the_same_moment_wait_in_the_order_the_server_accepted_them()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.DoAsync(new SetSpeakersList(Guid.NewGuid(), true));
        var phones = new List<LiveClient>();
        for (var i = 1; i <= 6; i++)
        {
            phones.Add(await LiveClient.ParticipantAsync(host, created.JoinCode, $"Nachbar {i}"));
        }

        try
        {
            var raised = await Task.WhenAll(phones.Select(p => p.DoAsync(nameof(IParticipantHub.RaiseHand), Guid.NewGuid())));

            var byAcceptance = phones.Zip(raised).OrderBy(pair => pair.Second.Version).Select(pair => pair.First.ParticipantId).ToList();
            var view = await facilitator.ConsoleAtAsync(raised.Max(r => r.Version));
            Assert.Equal(byAcceptance, view.Speakers!.Waiting.Select(s => s.ParticipantId));
            for (var place = 0; place < phones.Count; place++)
            {
                var phone = phones.Single(p => p.ParticipantId == byAcceptance[place]);
                Assert.Equal(place + 1, (await phone.OwnAtAsync(view.Board.Version)).PlaceInLine);
            }
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
    public async Task Phones_see_the_names_on_the_list_but_never_an_id_or_a_device()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.DoAsync(new SetSpeakersList(Guid.NewGuid(), true));
        await using var ayse = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ayşe");
        await using var heinz = await LiveClient.ParticipantAsync(host, created.JoinCode, "Heinz");
        await ayse.DoAsync(nameof(IParticipantHub.RaiseHand), Guid.NewGuid());
        var last = await facilitator.DoAsync(new AddSpeakerByName(Guid.NewGuid(), Guid.NewGuid(), "Frau Gisela", Presence.InRoom));

        var board = await heinz.BoardAtAsync(last.Version);
        var onTheWire = JsonSerializer.Serialize(board.Speakers);

        Assert.Equal(["Ayşe", "Frau Gisela"], board.Speakers!.Next.Select(c => c.Name));
        Assert.DoesNotContain(ayse.ParticipantId.ToString(), onTheWire, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ayse.DeviceToken!, onTheWire, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_lowers_only_a_raised_hand_and_a_hand_waved_up_and_down_is_slowed()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ayşe");

        Assert.Equal(RefusalCode.SpeakersListClosed, (await phone.InvokeAsync(nameof(IParticipantHub.RaiseHand), Guid.NewGuid())).Refusal);
        await facilitator.DoAsync(new SetSpeakersList(Guid.NewGuid(), true));
        Assert.Equal(RefusalCode.HandNotRaised, (await phone.InvokeAsync(nameof(IParticipantHub.LowerHand), Guid.NewGuid())).Refusal);

        // Two tries were taken above (refused ones count too); two more of the burst, then the hand waits its turn.
        await phone.DoAsync(nameof(IParticipantHub.RaiseHand), Guid.NewGuid());
        await phone.DoAsync(nameof(IParticipantHub.LowerHand), Guid.NewGuid());
        var flooded = await phone.InvokeAsync(nameof(IParticipantHub.RaiseHand), Guid.NewGuid());

        Assert.Equal((RefusalCode.TooManyRequests, HostRefusal.Throttled), (flooded.Refusal, flooded.Host));
        Assert.Empty((await facilitator.ViewAsync()).Speakers!.Waiting);
    }
}
