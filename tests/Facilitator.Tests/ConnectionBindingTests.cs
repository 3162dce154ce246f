using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class ConnectionBindingTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_refused_join_leaves_a_joined_phones_connection_no_one()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode);

        var refused = await phone.JoinAsync("ZZZZZZZZ", null);
        var afterwards = await phone.InvokeAsync("CheckIn", Guid.NewGuid(), Mood.Good, "Hallo");

        Assert.False(refused.Accepted);
        Assert.Equal((RefusalCode.NotAllowedForRole, HostRefusal.WrongRole), (afterwards.Refusal, afterwards.Host));
    }
}
