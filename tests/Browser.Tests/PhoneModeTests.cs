using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The phone in each of its modes (decision 0014): the same guarantees in a circuit on the server (a
/// browser without WebAssembly) and on WebAssembly. The facilitator acts in-process, as the console does.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneModeTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_phone_takes_part_in_the_whole_evening_in_English_sees_no_dots_before_the_reveal_and_asks_only_its_own_server(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var neighbour = await LiveClient.ParticipantAsync(host.Host, created.JoinCode, "Nachbar");
        await using var device = await host.NewPhoneAsync(mode);
        var requests = RecordRequests(device);
        var page = await device.NewPageAsync();
        page.WebSocket += (_, socket) => Record(requests, socket.Url);
        var name = Shot(mode);

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.Locator($".phone[data-mode='{RendererOf(mode)}']")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(page, $"{name}-join");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Take part" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Your name (optional)").FillAsync("Dana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Expect(page.GetByText("You take part as: Dana")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Good", Exact = true }).CheckAsync();
        await page.GetByLabel("One word about it").FillAsync("curious");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(page.GetByText("Thank you! Your answer: Good, “curious”")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await page.GetByLabel("Your topic").FillAsync("More light in the park");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit topic" }).ClickAsync();
        var swap = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), swap, "Ein Tauschregal", null));
        await Expect(page.GetByText("Ein Tauschregal")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(page, $"{name}-topics");

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await neighbour.DoAsync("CastDot", Guid.NewGuid(), swap);
        await neighbour.DoAsync("CastDot", Guid.NewGuid(), swap);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a dot: Ein Tauschregal" }).ClickAsync();
        await Expect(page.GetByText("You have 2 of 3 dots left.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("3 dots", new() { Exact = true })).ToHaveCountAsync(0);
        await PhoneScreens.CheckAsync(page, $"{name}-voting");

        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);
        await Expect(page.GetByText("3 dots", new() { Exact = true })).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Join group: Ein Tauschregal" }).ClickAsync();
        await Expect(page.GetByText("You are in this group.")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.Closed);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for taking part!" })).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Leichte Sprache" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Leichte Sprache", Pressed = true })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Die Versammlung ist vorbei. Bis bald!")).ToBeVisibleAsync(Visible);
        await Expect(page.Locator("html[lang='de']")).ToHaveCountAsync(1);
        await PhoneScreens.CheckAsync(page, $"{name}-closed-easy");

        Assert.Equal(3, (await facilitator.ViewAsync()).DotsUsed);
        AssertOwnOrigin(requests);
    }

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_dot_tapped_while_the_line_is_down_is_sent_once_when_it_is_back(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));
        await using var device = await host.NewPhoneAsync(mode);
        var page = await device.NewPageAsync();
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        var line = mode == PhoneMode.WebAssembly ? "/hub" : "/_blazor";
        await page.RouteWebSocketAsync(new Regex(Regex.Escape(line)), ws => sockets.Add((ws, ws.ConnectToServer())));
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Mehr Licht im Park")).ToBeVisibleAsync(Visible);
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);

        // Bad reception: the phone is offline and its socket to the server is gone.
        await device.SetOfflineAsync(true);
        foreach (var (pageSide, serverSide) in sockets)
        {
            await serverSide.CloseAsync();
            await pageSide.CloseAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(page, $"{Shot(mode)}-offline");
        Assert.Equal(0, (await facilitator.ViewAsync()).DotsUsed);

        await device.SetOfflineAsync(false);

        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        // The phone counts the dot once it has handed it over; the server decides it a moment later.
        await Eventually.HoldsAsync(async () => (await facilitator.ViewAsync()).DotsUsed > 0, () => "the held dot never reached the server");
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);

        await page.ReloadAsync();
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);
    }

    [Fact]
    public async Task A_browser_without_WebAssembly_that_was_told_to_use_it_gets_a_working_server_mode_page()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var device = await host.NewPhoneAsync(PhoneMode.WebAssembly);
        await device.AddInitScriptAsync("delete globalThis.WebAssembly");
        var page = await device.NewPageAsync();

        await page.GotoAsync($"join/{created.JoinCode}?mode=wasm");

        await Expect(page.Locator(".phone[data-mode='Server']")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Erik");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du bist dabei als: Erik")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Lädt")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_phone_that_starts_in_the_server_mode_moves_to_WebAssembly_on_its_next_visit_as_the_same_participant()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await using var device = await host.NewDeviceAsync();
        var page = await device.NewPageAsync();

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.Locator(".phone[data-mode='Server']")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);

        // Idle after joining, the phone fetched and ran the WebAssembly app in the background.
        await page.WaitForFunctionAsync("() => document.cookie.includes('ov.phone=wasm')", null, new() { Timeout = 60_000 });
        await page.ReloadAsync();

        await Expect(page.Locator(".phone[data-mode='WebAssembly']")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("Du hast noch 1 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(2, (await facilitator.ViewAsync()).DotsUsed);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    private static string RendererOf(PhoneMode mode) => mode == PhoneMode.WebAssembly ? "WebAssembly" : "Server";

    private static string Shot(PhoneMode mode) => mode == PhoneMode.WebAssembly ? "wasm" : "server";

    private static List<string> RecordRequests(IBrowserContext device)
    {
        var requests = new List<string>();
        device.Request += (_, request) => Record(requests, request.Url);
        return requests;
    }

    private static void Record(List<string> requests, string url)
    {
        lock (requests)
        {
            requests.Add(url);
        }
    }

    private void AssertOwnOrigin(List<string> requests)
    {
        string[] seen;
        lock (requests)
        {
            seen = [.. requests];
        }

        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var socketOrigin = "ws" + origin[4..];
        Assert.NotEmpty(seen);
        Assert.All(seen, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith(socketOrigin + "/", StringComparison.Ordinal)
                || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"request to another origin: {url}"));
    }
}
