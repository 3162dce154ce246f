using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Services;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>The phone's typed proxy against the real hub, over JSON with the phone's own settings.</summary>
public sealed class PhoneProxyTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Every_method_of_the_phones_proxy_reaches_its_hub_method_and_gets_the_contracts_answer()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var connection = await PhoneConnectionAsync();
        IParticipantHub phone = new ParticipantHub(connection);

        var joined = await phone.Join(created.JoinCode, "Ada", Presence.InRoom, null);
        var resumed = await phone.Resume(created.AssemblyId, joined.DeviceToken!);
        var snapshot = await phone.GetSnapshot();
        var cast = await phone.CastDot(Guid.NewGuid(), topic);
        var dotsAfterCast = (await facilitator.ConsoleAtAsync(cast.Version)).DotsUsed;
        var removed = await phone.RemoveDot(Guid.NewGuid(), topic);
        var dotsAfterRemoval = (await facilitator.ConsoleAtAsync(removed.Version)).DotsUsed;

        Assert.True(joined.Accepted && resumed.Accepted, $"{joined.Refusal} {resumed.Refusal}");
        Assert.Equal((ConnectionRole.Participant, joined.ParticipantId), (snapshot.Role, snapshot.Participant?.Own.ParticipantId));
        Assert.True(cast.Accepted && removed.Accepted, $"{cast.Refusal} {removed.Refusal}");
        Assert.Equal((1, 0), (dotsAfterCast, dotsAfterRemoval));

        // Dot voting is no phase for these: each arrives with its arguments and the engine says why not.
        var refused = new[]
        {
            await phone.CheckIn(Guid.NewGuid(), Mood.Good, "Hallo"),
            await phone.CheckOut(Guid.NewGuid(), Mood.Okay, "Tschüss"),
            await phone.SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), "Ampel an der Schule", null),
            await phone.EditTopic(Guid.NewGuid(), topic, "Spielplatz", "Platz"),
            await phone.WithdrawTopic(Guid.NewGuid(), topic),
            await phone.JoinGroup(Guid.NewGuid(), Guid.NewGuid()),
            await phone.LeaveGroup(Guid.NewGuid()),
            await phone.UpdateGroupProfile(Guid.NewGuid(), Guid.NewGuid(), GroupProfile.Named("Hof")),
        };
        Assert.All(refused, r => Assert.Equal((false, null), (r.Accepted, r.Host)));
        Assert.All(refused, r => Assert.NotNull(r.Refusal));
    }

    [Fact]
    public async Task A_phone_whose_device_the_assembly_does_not_know_reads_the_host_reason_as_a_typed_value()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var connection = await PhoneConnectionAsync();
        var phone = new ParticipantHub(connection);

        var resumed = await phone.Resume(created.AssemblyId, "kein-geraet-das-es-gibt");
        var wrongCode = await phone.Join("ZZZZZZZZ", null, Presence.InRoom, null);
        var notJoined = await phone.CastDot(Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal((false, RefusalCode.UnknownParticipant, HostRefusal.UnknownDevice), (resumed.Accepted, resumed.Refusal, resumed.Host));
        Assert.Equal(HostRefusal.UnknownJoinCode, wrongCode.Host);
        Assert.Equal((RefusalCode.NotAllowedForRole, HostRefusal.WrongRole), (notJoined.Refusal, notJoined.Host));

        // A phone still running the earlier app (a tab open across the update) compared the name in Detail.
        Assert.Equal(("UnknownDevice", "UnknownJoinCode"), (resumed.Detail, wrongCode.Detail));
    }

    private async Task<HubConnection> PhoneConnectionAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "hub"))
            .AddJsonProtocol(o => Wire.Configure(o.PayloadSerializerOptions))
            .Build();
        await HangGuard.Within(connection.StartAsync());
        return connection;
    }
}
