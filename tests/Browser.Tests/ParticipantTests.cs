using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class ParticipantTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task Two_phones_and_a_facilitator_complete_an_assembly_and_every_phone_screen_passes_axe()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var amalDevice = await host.NewDeviceAsync();
        await using var benDevice = await host.NewDeviceAsync();
        var amal = await amalDevice.NewPageAsync();
        var ben = await benDevice.NewPageAsync();

        // Amal scans the QR code: the code is already filled in.
        await amal.GotoAsync($"join/{created.JoinCode}");
        await Expect(amal.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await Expect(amal.GetByLabel("Code")).ToHaveValueAsync(created.JoinCode);
        await PhoneScreens.CheckAsync(amal, "join");
        await amal.GetByLabel("Dein Name (freiwillig)").FillAsync("Amal");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(amal.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "lobby");

        // Ben types the code, in English.
        await ben.GotoAsync("join");
        await Expect(ben.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await ben.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(ben.GetByRole(AriaRole.Heading, new() { Name = "Take part" })).ToBeVisibleAsync(Visible);
        await Expect(ben.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await ben.GetByLabel("Code").FillAsync(created.JoinCode.ToLowerInvariant());
        await ben.GetByRole(AriaRole.Radio, new() { Name = "Online from elsewhere" }).CheckAsync();
        await ben.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Expect(ben.GetByRole(AriaRole.Heading, new() { Name = "Good to have you here!" })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(ben, "lobby-en");

        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await Expect(amal.GetByRole(AriaRole.Radio, new() { Name = "Gut", Exact = true })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "checkin");
        await amal.GetByRole(AriaRole.Radio, new() { Name = "Gut", Exact = true }).CheckAsync();
        await amal.GetByLabel("Ein Wort dazu").FillAsync("neugierig");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await Expect(amal.GetByText("Danke! Deine Antwort: Gut, „neugierig“")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await amal.GetByLabel("Dein Thema").FillAsync("Mehr Bänke am Platz");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        await ben.GetByLabel("Your topic").FillAsync("Fix the playground");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Submit topic" }).ClickAsync();
        await Expect(amal.GetByText("Fix the playground")).ToBeVisibleAsync(Visible);
        await amal.GetByRole(AriaRole.Button, new() { Name = "Thema ändern: Mehr Bänke am Platz" }).ClickAsync();
        await amal.GetByRole(AriaRole.Textbox, new() { Name = "Thema ändern" }).FillAsync("Mehr Bänke und Schatten am Platz");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(ben.GetByText("Mehr Bänke und Schatten am Platz")).ToBeVisibleAsync(Visible);
        await amal.GetByLabel("Dein Thema").FillAsync("Parkplätze");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        await Expect(ben.GetByText("Parkplätze")).ToBeVisibleAsync(Visible);
        await amal.GetByRole(AriaRole.Button, new() { Name = "Thema zurückziehen: Parkplätze" }).ClickAsync();
        await Expect(ben.GetByText("Parkplätze")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await PhoneScreens.CheckAsync(amal, "topics");

        var board = (await facilitator.ViewAsync()).Board;
        var benches = board.Topics.Single(t => t.Text.StartsWith("Mehr Bänke", StringComparison.Ordinal)).Id;
        var playground = board.Topics.Single(t => t.Text == "Fix the playground").Id;

        await facilitator.AdvanceToAsync(Phase.Clustering);
        var cluster = Guid.NewGuid();
        await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), cluster, "Öffentlicher Raum"));
        await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), benches, cluster));
        await Expect(amal.GetByRole(AriaRole.Heading, new() { Name = "Öffentlicher Raum" })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "clustering");

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new StartTimer(Guid.NewGuid(), 300));
        var addToBenches = amal.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Bänke und Schatten am Platz" });
        await Expect(amal.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await addToBenches.ClickAsync();
        await Expect(amal.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await addToBenches.ClickAsync();
        await Expect(amal.GetByText("Du hast noch 1 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await Expect(addToBenches).ToBeDisabledAsync();
        await Expect(amal.GetByRole(AriaRole.Timer)).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "voting");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Add a dot: Fix the playground" }).ClickAsync();
        await Expect(ben.GetByText("You have 2 of 3 dots left.")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(ben, "voting-en");

        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);
        await Expect(amal.GetByText("2 Punkte", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(amal.GetByText("1 Punkt", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "results");

        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
        var joinBenches = amal.GetByRole(AriaRole.Button, new() { Name = "In Gruppe mitmachen: Mehr Bänke und Schatten am Platz" });
        await joinBenches.ClickAsync();
        await Expect(amal.GetByText("Du bist in dieser Gruppe.")).ToBeVisibleAsync(Visible);
        await amal.GetByText("Steckbrief der Gruppe bearbeiten").ClickAsync();
        await amal.GetByLabel("Was wollen wir lösen?").FillAsync("Zu wenig Sitzplätze im Schatten");
        await amal.GetByLabel("Ziel 1").FillAsync("Drei Bänke bis zum Herbst");
        await amal.GetByLabel("Nächstes Treffen: Ort").FillAsync("Café Eck");
        await amal.GetByLabel("Kontakt (nur für die Gruppe)").FillAsync("amal@example.org");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(amal.GetByText("Drei Bänke bis zum Herbst").First).ToBeVisibleAsync(Visible);
        await Expect(ben.GetByText("Drei Bänke bis zum Herbst")).ToBeVisibleAsync(Visible);
        await Expect(ben.GetByText("amal@example.org")).Not.ToBeVisibleAsync();
        await PhoneScreens.CheckAsync(amal, "groups");

        await facilitator.AdvanceToAsync(Phase.CheckOut);
        await amal.GetByRole(AriaRole.Radio, new() { Name = "Sehr gut", Exact = true }).CheckAsync();
        await amal.GetByLabel("Ein Wort dazu").FillAsync("zufrieden");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await Expect(amal.GetByText("Danke! Deine Antwort: Sehr gut, „zufrieden“")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "checkout");

        await facilitator.AdvanceToAsync(Phase.Closed);
        await Expect(amal.GetByRole(AriaRole.Heading, new() { Name = "Danke fürs Mitmachen!" })).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(amal, "closed");

        var final = await facilitator.ViewAsync();
        Assert.Equal(3, final.DotsUsed);
        Assert.Equal(2, final.Board.Participants.Total);
        Assert.Contains(final.Board.Topics, t => t.Id == playground);
    }

    [Fact]
    public async Task A_reload_returns_to_the_same_participant()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceAsync();
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Carla");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du bist dabei als: Carla")).ToBeVisibleAsync(Visible);

        await page.ReloadAsync();

        await Expect(page.GetByText("Du bist dabei als: Carla")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    [Fact]
    public async Task A_dot_cast_while_offline_is_sent_on_reconnect_and_counts_exactly_once()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));

        // The WebAssembly app's hub socket; the server mode's circuit is PhoneModeTests' offline test.
        await using var device = await host.NewPhoneAsync(PhoneMode.WebAssembly);
        var page = await device.NewPageAsync();
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/hub"), ws => sockets.Add((ws, ws.ConnectToServer())));
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Mehr Licht im Park")).ToBeVisibleAsync(Visible);
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);

        // The phone loses its line: offline, and the open socket drops.
        await device.SetOfflineAsync(true);
        foreach (var (pageSide, serverSide) in sockets)
        {
            await serverSide.CloseAsync();
            await pageSide.CloseAsync();
        }

        await Expect(page.Locator(".connection-reconnecting, .connection-offline")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("1 Eingabe wartet aufs Senden")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(page, "offline");
        Assert.Equal(0, (await facilitator.ViewAsync()).DotsUsed);

        await device.SetOfflineAsync(false);

        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);

        // A reload neither loses nor repeats it.
        await page.ReloadAsync();
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);
    }

    [Fact]
    public async Task When_the_phone_goes_offline_the_badge_says_so_and_says_connected_again_only_once_the_line_is_back()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Licht im Park", null));
        // The WebAssembly app's own badge; a server-mode phone says it in the browser's notice (PhoneModeTests).
        await using var device = await host.NewPhoneAsync(PhoneMode.WebAssembly);
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await Expect(page.GetByText("Du hast noch 3 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        var badge = page.Locator(".connection");
        await Expect(badge).ToContainTextAsync("Verbunden");

        // Only the browser's network goes; the socket it already has is left as it is.
        await device.SetOfflineAsync(true);

        await Expect(badge).ToContainTextAsync("Offline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("wird gesendet, sobald du wieder verbunden bist")).ToBeVisibleAsync(Visible);
        await Expect(badge).ToContainTextAsync("1 Eingabe wartet aufs Senden");
        await Expect(badge).Not.ToContainTextAsync("Verbunden");

        await device.SetOfflineAsync(false);

        await Expect(badge).ToContainTextAsync("Verbunden", new() { Timeout = 60_000 });
        await Expect(page.GetByText("aufs Senden")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).DotsUsed);
    }

    [Fact]
    public async Task In_plain_language_the_groups_phase_asks_plainly_and_names_the_members_in_whole_sentences()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, AssemblyApi.Request() with { TemplateId = "offene-versammlung", Template = null });
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceAsync();
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Anna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du bist dabei als: Anna")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Leichte Sprache" }).ClickAsync();
        await Expect(page.GetByText("Dein Name hier: Anna")).ToBeVisibleAsync(Visible);

        var bernd = Guid.NewGuid();
        var cem = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), bernd, "Bernd", Presence.InRoom));
        await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), cem, "Cem", Presence.InRoom));
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var benches = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), benches, "Mehr Bänke am Platz", null));
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), benches, 3));
        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
        var group = (await facilitator.ViewAsync()).Board.Groups.Single().Id;
        await facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), bernd, group));
        await facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), cem, group));

        await Expect(page.GetByText("Such dir eine Gruppe aus. In der Gruppe macht ihr einen Plan. Was wollt ihr schaffen? Was macht ihr als Erstes?")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Was wollt ihr erreichen, was ist der erste Schritt?")).ToHaveCountAsync(0);
        await Expect(page.GetByText("2 Menschen sind in der Gruppe: Bernd, Cem. Höchstens 6 Menschen können mitmachen.")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "In Gruppe mitmachen: Mehr Bänke am Platz" }).ClickAsync();
        await Expect(page.GetByText("3 Menschen sind in der Gruppe: Bernd, Cem, Anna. Höchstens 6 Menschen können mitmachen.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText(".:")).ToHaveCountAsync(0);
        await PhoneScreens.CheckAsync(page, "groups-easy");
    }

    [Fact]
    public async Task At_double_text_size_the_screens_fit_the_phone_with_large_targets_and_plain_language_is_one_tap_away()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Ein Nachbarschaftsfest im Sommer für alle Generationen", null));
        await using var device = await host.NewDeviceAsync();
        var page = await device.NewPageAsync();

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await PhoneLayout.DoubleTextSizeAsync(page);
        await PhoneLayout.AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Dein Thema")).ToBeVisibleAsync(Visible);
        await PhoneLayout.AssertFitsAsync(page);

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new StartTimer(Guid.NewGuid(), 120));
        var clock = page.GetByRole(AriaRole.Timer);
        await Expect(clock).ToBeVisibleAsync(Visible);
        await PhoneLayout.AssertFitsAsync(page);

        // The countdown runs on the phone between pushes.
        var first = await clock.TextContentAsync();
        await Expect(clock).Not.ToHaveTextAsync(first!, new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Leichte Sprache" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abstimmen" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du hast noch 3 Punkte.")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(page, "voting-easy");
        await PhoneLayout.DoubleTextSizeAsync(page);
        await PhoneLayout.AssertFitsAsync(page);
    }
}
