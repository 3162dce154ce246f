using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// A server-mode phone whose circuit is away (issue 12's guarantees in the server mode): it says so in its
/// own words and badge, covers nothing, and comes back by itself, also when the server itself restarted.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ServerModeLineTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task While_its_circuit_is_away_the_phone_says_so_in_its_badge_and_its_own_display_in_its_language_and_covers_no_title()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var device = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        var page = await device.NewPageAsync();
        var away = false;
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
        {
            if (away)
            {
                _ = ws.CloseAsync(); // the server cannot be reached: every new attempt fails
            }
            else
            {
                sockets.Add((ws, ws.ConnectToServer()));
            }
        });
        await page.RouteAsync(new Regex("/_blazor"), route => away ? route.AbortAsync() : route.ContinueAsync()); // nor by SignalR's fallbacks
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        var badge = page.Locator(".connection");
        var title = page.GetByRole(AriaRole.Heading, new() { Name = "Good to have you here!" });
        await Expect(title).ToBeVisibleAsync(Visible);
        await Expect(badge.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync(Visible);

        away = true;
        foreach (var (pageSide, serverSide) in sockets)
        {
            await serverSide.CloseAsync();
            await pageSide.CloseAsync();
        }

        var display = page.GetByRole(AriaRole.Dialog);
        await Expect(badge.GetByText("Connection lost – reconnecting …")).ToBeVisibleAsync(Visible);
        await Expect(badge.GetByText("Connected", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(display).ToContainTextAsync("What you enter stays on this phone and is sent once the connection is back.");
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveCountAsync(1);
        var shown = await display.BoundingBoxAsync();
        var heading = await title.BoundingBoxAsync();
        Assert.True(shown!.Y + shown.Height <= heading!.Y, $"the display ({shown.Y}–{shown.Y + shown.Height}) covers the title at {heading.Y}");
        await PhoneScreens.CheckAsync(page, "server-reconnecting");

        away = false;
        await Expect(badge.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(display).ToBeHiddenAsync();
        await Expect(title).ToBeVisibleAsync(Visible);
    }

    [Fact]
    public async Task A_topic_and_a_check_in_word_sent_while_the_circuit_is_away_are_held_and_sent_once_when_it_is_back()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await using var device = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        var page = await device.NewPageAsync();
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws => sockets.Add((ws, ws.ConnectToServer())));
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Ein Wort dazu")).ToBeVisibleAsync(Visible);

        await GoAwayAsync(device, sockets);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gut", Exact = true }).CheckAsync();
        await page.GetByLabel("Ein Wort dazu").FillAsync("neugierig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        await device.SetOfflineAsync(false);
        await Expect(page.GetByText("Danke! Deine Antwort: Gut, „neugierig“")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await Expect(page.GetByLabel("Dein Thema")).ToBeVisibleAsync(Visible);
        await GoAwayAsync(device, sockets);
        await page.GetByLabel("Dein Thema").FillAsync("Mehr Bänke am Platz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        Assert.Empty((await facilitator.ViewAsync()).Board.Topics);
        await device.SetOfflineAsync(false);

        await Expect(page.GetByText("Mehr Bänke am Platz").First).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await page.ReloadAsync();
        await Expect(page.GetByText("Mehr Bänke am Platz").First).ToBeVisibleAsync(Visible);
        var view = await facilitator.ViewAsync();
        Assert.Single(view.Board.Topics);
    }

    [Fact]
    public async Task A_hand_raised_while_the_circuit_is_away_is_held_and_raised_once_when_it_is_back()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.DoAsync(new SetSpeakersList(Guid.NewGuid(), true));
        await using var device = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        var page = await device.NewPageAsync();
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws => sockets.Add((ws, ws.ConnectToServer())));
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Heinz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        var raise = page.GetByRole(AriaRole.Button, new() { Name = "Hand heben" });
        await Expect(raise).ToBeVisibleAsync(Visible);

        await GoAwayAsync(device, sockets);
        await raise.ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        Assert.Empty((await facilitator.ViewAsync()).Speakers!.Waiting);
        await device.SetOfflineAsync(false);

        await Expect(page.GetByText("Du bist Nr. 1")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        var desk = (await facilitator.ViewAsync()).Speakers!;
        Assert.Equal("Heinz", Assert.Single(desk.Waiting).Name);
    }

    [Fact]
    public async Task A_dot_tapped_while_the_circuit_is_away_is_counted_on_the_voting_screen_at_once_and_once_on_the_server_when_it_is_back()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await using var device = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        var page = await device.NewPageAsync();
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), ws => sockets.Add((ws, ws.ConnectToServer())));
        await page.GotoAsync($"join/{created.JoinCode}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);

        await GoAwayAsync(device, sockets);
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Deine Punkte: 1")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("wird gesendet, sobald du wieder verbunden bist")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Punkt wegnehmen: Mehr Licht im Park" })).ToBeEnabledAsync();
        await PhoneScreens.CheckAsync(page, "server-dot-held");
        Assert.Equal(0, (await facilitator.ViewAsync()).DotsUsed);

        await device.SetOfflineAsync(false);
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(page.GetByText("wird gesendet, sobald du wieder verbunden bist")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByLabel("Deine Punkte: 1")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);
        await page.ReloadAsync();
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);
    }

    [Fact]
    public async Task After_a_server_restart_a_server_mode_phone_comes_back_by_itself_as_the_same_participant_and_a_dot_tapped_meanwhile_counts_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ov-restart-phone-" + Guid.NewGuid().ToString("N"));
        var port = AppProcess.FreePort();
        var server = new BrowserAppHost(folder, port);
        try
        {
            var created = await AssemblyApi.CreateAsync(server);
            await using (var facilitator = await FacilitatorDriver.ConnectAsync(server, created))
            {
                await facilitator.AdvanceToAsync(Phase.TopicCollection);
                await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));
                await facilitator.AdvanceToAsync(Phase.DotVoting);
            }

            await using var device = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly, server.BaseAddress);
            var page = await device.NewPageAsync();
            await page.GotoAsync($"join/{created.JoinCode}");
            await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Rosa");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
            await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);
            await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);

            server.Dispose(); // the laptop's server stops; the phone stays on its page
            await Expect(page.Locator(".connection").GetByText("Verbindung unterbrochen – verbinde neu …")).ToBeVisibleAsync(Visible);
            await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
            await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);

            server = new BrowserAppHost(folder, port); // the same server again, on the same file and address

            // The phone counts the held dot at once (in the browser); the server's count says when it arrived.
            await using var again = await FacilitatorDriver.ConnectAsync(server, created);
            await Eventually.HoldsAsync(async () => (await again.ViewAsync()).DotsUsed > 0, () => "the held dot never reached the restarted server");
            await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
            await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
            await Expect(page.GetByText("wird gesendet, sobald du wieder verbunden bist")).ToHaveCountAsync(0);
            var view = await again.ViewAsync();
            Assert.Equal(1, view.DotsUsed);
            Assert.Equal(1, view.Board.Participants.Total);
        }
        finally
        {
            server.Dispose();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS temp cleaner.
            }
        }
    }

    /// <summary>Bad reception: the browser is offline and the circuit's socket is gone.</summary>
    private static async Task GoAwayAsync(IBrowserContext device, List<(IWebSocketRoute Page, IWebSocketRoute Server)> sockets)
    {
        await device.SetOfflineAsync(true);
        foreach (var (pageSide, serverSide) in sockets)
        {
            await serverSide.CloseAsync();
            await pageSide.CloseAsync();
        }

        sockets.Clear();
    }
}
