using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>
/// A server-mode phone on a slow line (issue 12): every question its circuit waits for is a round trip.
/// Here the browser answers only the one start call; every other call stays unanswered, as if still on
/// its way, and the phone must work all the same.
/// </summary>
public sealed class CircuitStartTests : ParticipantTestContext
{
    private static readonly PublicBoard Lobby = Views.Board(Phase.Lobby);
    private static readonly OwnView Amal = Views.Own(3);

    public CircuitStartTests()
    {
        // A circuit's line to the server's own process: up at once, and every join accepted into the lobby.
        Services.AddScoped<IParticipantLine>(_ => new UpLine(DispatchProxy.Create<IParticipantHub, AcceptingHub>()));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        JSInterop.SetupVoid(_ => true);
        JSInterop.Setup<string?>(_ => true);
        JSInterop.Setup<bool>(_ => true);
    }

    [Fact]
    public void A_phone_in_a_circuit_can_join_once_the_browser_answered_its_one_start_call()
    {
        var start = JSInterop.Setup<CircuitStart.BrowserStart>("ovPhone.start", _ => true);
        start.SetResult(new CircuitStart.BrowserStart(null, true, new() { [LanguagePreference.Key] = null, [DeviceTokenStore.Key] = null, [CommandQueue.Key] = null }));

        var phone = Render<PhoneApp>(p => p.Add(x => x.Code, "ABC123"));

        phone.WaitForAssertion(() => Assert.False(phone.Find("main button[type=submit]").HasAttribute("disabled")));
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "ovPhone.start");
    }

    [Fact]
    public void A_phone_in_a_circuit_is_in_the_assembly_without_waiting_for_the_browser_to_store_its_device()
    {
        var start = JSInterop.Setup<CircuitStart.BrowserStart>("ovPhone.start", _ => true);
        start.SetResult(new CircuitStart.BrowserStart(null, true, new() { [LanguagePreference.Key] = null, [DeviceTokenStore.Key] = null, [CommandQueue.Key] = null }));
        var phone = Render<PhoneApp>(p => p.Add(x => x.Code, "ABC123"));
        phone.WaitForAssertion(() => Assert.False(phone.Find("main button[type=submit]").HasAttribute("disabled")));

        phone.Find("main form").Submit();

        phone.WaitForAssertion(() => Assert.Empty(phone.FindAll("main form button[type=submit]")));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "localStorage.setItem" && (string?)i.Arguments[0] == DeviceTokenStore.Key);
    }

    /// <summary>Accepts every join; nothing else is asked of it here.</summary>
    public class AcceptingHub : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IParticipantHub.Join)
                ? Task.FromResult(new JoinResult(true, null, null, Lobby.AssemblyId, Amal.ParticipantId, "token", new ParticipantView(Lobby, Amal)))
                : throw new NotSupportedException(targetMethod?.Name);
    }
}
