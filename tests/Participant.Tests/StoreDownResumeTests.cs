using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>
/// Issue 15's PostgreSQL outage seen from the phone: its resume is answered "store unavailable" (68). The phone is
/// nobody on the server until a resume goes through, so it must ask again by itself and only then send what waited.
/// </summary>
public sealed class StoreDownResumeTests : ParticipantTestContext
{
    private static readonly PublicBoard Voting = Views.Board(Phase.DotVoting);
    private static readonly OwnView Amal = Views.Own(3);

    [Fact]
    public async Task A_resume_refused_while_the_store_is_down_is_asked_again_by_itself_and_then_the_waiting_dot_goes_once()
    {
        var hub = DispatchProxy.Create<IParticipantHub, StoreComingBackHub>();
        ((StoreComingBackHub)(object)hub).RefusalsLeft = 2;
        Services.AddScoped<IParticipantLine>(_ => new UpLine(hub)); // only the store behind it is away
        JSInterop.SetupModule("./js/network.js").Setup<bool>("watch", _ => true).SetResult(true); // the browser is online
        Services.GetRequiredService<BrowserStorage>().Know(new Dictionary<string, string?>
        {
            [DeviceTokenStore.Key] = JsonSerializer.Serialize(new StoredDevice(Voting.AssemblyId, "ABC123", "token")),
            [CommandQueue.Key] = null,
        });
        var phone = Services.GetRequiredService<AssemblyConnection>();

        await phone.StartAsync();
        Assert.Equal(ConnectionState.Reconnecting, phone.State);
        Assert.False(phone.IsJoined);
        await phone.SendAsync(PendingCommand.CastDot(Views.Benches));
        Assert.Single(phone.Pending);

        var calls = (StoreComingBackHub)(object)hub;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(phone.IsJoined && phone.Pending.Count == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(phone.IsJoined, "the phone never resumed");
        Assert.Equal(ConnectionState.Connected, phone.State);
        Assert.Empty(phone.Pending);
        Assert.Equal(3, calls.Resumes);
        Assert.Equal(1, calls.Dots);
    }

    /// <summary>Refuses the first resumes as the host does while PostgreSQL is down, then takes the phone back and its dots.</summary>
    public class StoreComingBackHub : DispatchProxy
    {
        public int RefusalsLeft { get; set; }

        public int Resumes { get; private set; }

        public int Dots { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod?.Name)
            {
                case nameof(IParticipantHub.Resume):
                    Resumes++;
                    if (RefusalsLeft-- > 0)
                    {
                        return Task.FromResult(JoinResult.Refused(RefusalCode.StoreUnavailable));
                    }

                    return Task.FromResult(new JoinResult(true, null, null, Voting.AssemblyId, Amal.ParticipantId, null, new ParticipantView(Voting, Amal)));
                case nameof(IParticipantHub.CastDot):
                    Dots++;
                    return Task.FromResult(new CommandResult(true, null, null, Voting.Version + Dots));
                default:
                    throw new NotSupportedException(targetMethod?.Name);
            }
        }
    }
}
