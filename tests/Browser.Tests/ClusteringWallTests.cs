using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The console's clustering wall (Blazor.Diagrams) in Chromium: a card dragged with the mouse and one placed
/// by keyboard both end in the engine's state, a co-facilitator's console and the projector show the same wall.
/// The assembly is set up in-process through <see cref="AssemblyCommands"/>, as the console itself sends.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ClusteringWallTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    private static readonly string[] Topics =
    [
        "Mehr Bänke am Platz",
        "Eine Bank an der Haltestelle Marktstraße",
        "Baumscheiben bepflanzen",
        "Tempo 30 vor der Schule",
        "Ein Hof-Frühstück im Frühling",
        "Sperrmüll-Tauschtag",
    ];

    [Fact]
    public async Task A_card_dragged_into_an_area_with_the_mouse_is_placed_there_and_the_projector_and_a_second_console_show_it()
    {
        var (created, topics, area) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await OpenConsoleAsync(laptop, created);
        await using var tablet = await host.NewDeviceAsync(phone: false);
        var second = await OpenConsoleAsync(tablet, created);

        var card = Card(console, Topics[2]);
        var target = console.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" });
        await DragAsync(console, card, target);

        await Eventually.HoldsAsync(() => ClusterOf(engine, topics[2]) == area, () => "the dragged card never reached the area");
        await Expect(console.Locator(".cluster-column").Filter(new() { HasText = "Grünes Viertel" }).GetByText(Topics[2])).ToBeVisibleAsync(Visible);
        await Expect(second.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" })).ToContainTextAsync("1 Karte");
        await ScreenPictures.CheckAsync(console, "console-wall");

        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var projector = await wall.NewPageAsync();
        await projector.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        var placed = projector.Locator($"foreignObject[data-topic='{topics[2]}']");
        await Expect(placed).ToHaveTextAsync(Topics[2], new() { Timeout = 60_000 });
        var areaBox = (await projector.Locator($"g[data-cluster='{area}'] rect").BoundingBoxAsync())!;
        var cardBox = (await placed.BoundingBoxAsync())!;
        Assert.True(cardBox.X >= areaBox.X && cardBox.Y >= areaBox.Y && cardBox.X + cardBox.Width <= areaBox.X + areaBox.Width + 1);
        await ProjectorScreens.CheckAsync(projector, "wall");
        await projector.SetViewportSizeAsync(1280, 720);
        await Expect(placed).ToBeVisibleAsync(Visible);
        await ProjectorScreens.SaveAsync(projector, "wall-720");
    }

    [Fact]
    public async Task A_card_placed_by_keyboard_in_the_list_moves_into_its_area_on_the_wall()
    {
        var (created, topics, area) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await OpenConsoleAsync(laptop, created);

        await console.GetByRole(AriaRole.Button, new() { Name = $"#4 {Topics[3]}" }).FocusAsync();
        await console.Keyboard.PressAsync("Enter");
        var putHere = console.Locator(".cluster-column").Filter(new() { HasText = "Grünes Viertel" }).GetByRole(AriaRole.Button, new() { Name = "Hierher" });
        await putHere.FocusAsync();
        await console.Keyboard.PressAsync("Enter");

        await Eventually.HoldsAsync(() => ClusterOf(engine, topics[3]) == area, () => "the card placed by keyboard never reached the area");
        var areaBox = (await console.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" }).BoundingBoxAsync())!;
        await Expect(console.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" })).ToContainTextAsync("1 Karte");
        var cardBox = (await Card(console, Topics[3]).BoundingBoxAsync())!;
        Assert.True(areaBox.X <= cardBox.X && cardBox.X + cardBox.Width <= areaBox.X + areaBox.Width + 1 && areaBox.Y <= cardBox.Y);
    }

    [Fact]
    public async Task A_card_dropped_on_another_card_is_merged_only_after_the_second_tap()
    {
        var (created, topics, _) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await OpenConsoleAsync(laptop, created);

        await DragAsync(console, Card(console, Topics[1]), Card(console, Topics[0]));

        await Expect(console.GetByText("Thema 2 in Thema 1 zusammenführen?")).ToBeVisibleAsync(Visible);
        Assert.True(engine.Views.LastOrDefault()?.Board.Topics.Any(t => t.Id == topics[1]) ?? true);
        await console.GetByRole(AriaRole.Button, new() { Name = "Zusammenführen", Exact = true }).ClickAsync();
        await Eventually.HoldsAsync(() => engine.Views.LastOrDefault()?.Board.Topics.All(t => t.Id != topics[1]) == true, () => "the merge never happened");
        await Expect(Card(console, Topics[1])).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_card_merged_by_keyboard_in_the_list_is_asked_about_first_and_then_gone_from_the_wall()
    {
        var (created, topics, _) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await OpenConsoleAsync(laptop, created);

        // Pick card 2, then Tab past card 3's own button to the offer beside it.
        await console.GetByRole(AriaRole.Button, new() { Name = $"#2 {Topics[1]}" }).FocusAsync();
        await console.Keyboard.PressAsync("Enter");
        var offer = console.GetByRole(AriaRole.Button, new() { Name = "Thema 2 hierein zusammenführen: Thema 3" });
        await Expect(offer).ToBeVisibleAsync(Visible);
        await console.Keyboard.PressAsync("Tab");
        await console.Keyboard.PressAsync("Tab");
        await Expect(offer).ToBeFocusedAsync();
        await ScreenPictures.SaveAsync(console, "console-list-merge-offers");
        await console.Keyboard.PressAsync("Enter");

        await Expect(console.GetByRole(AriaRole.Alert).GetByText("Thema 2 in Thema 3 zusammenführen?")).ToBeVisibleAsync(Visible);
        var confirm = console.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Button, new() { Name = "Zusammenführen", Exact = true });
        await Expect(confirm).ToBeFocusedAsync();
        await using (var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created))
        {
            Assert.Contains((await facilitator.ViewAsync()).Board.Topics, t => t.Id == topics[1]);
        }

        await ScreenPictures.CheckAsync(console, "console-list-merge");
        await console.Keyboard.PressAsync("Enter");

        await Eventually.HoldsAsync(() => engine.Views.LastOrDefault()?.Board.Topics.All(t => t.Id != topics[1]) == true, () => "the merge by keyboard never happened");
        await Expect(Card(console, Topics[1])).ToHaveCountAsync(0);
        await Expect(console.GetByRole(AriaRole.Button, new() { Name = $"#2 {Topics[1]}" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Two_cards_dragged_together_can_become_a_new_area_with_both_instead_of_one_topic()
    {
        var (created, topics, area) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await OpenConsoleAsync(laptop, created);

        await DragAsync(console, Card(console, Topics[4]), Card(console, Topics[5]));
        await ScreenPictures.SaveAsync(console, "console-wall-drop-on-card", fullPage: false);
        await console.GetByRole(AriaRole.Button, new() { Name = "Neuer Bereich mit beiden" }).ClickAsync();

        await Eventually.HoldsAsync(
            () => ClusterOf(engine, topics[4]) is { } both && both != area && ClusterOf(engine, topics[5]) == both,
            () => "the two cards never landed together in a new area");
        Assert.Equal(6, engine.Views.Last().Board.Topics.Count);
        await Expect(console.Locator(".wall-area").Filter(new() { HasText = "Bereich 2" })).ToContainTextAsync("2 Karten");
    }

    [Fact]
    public async Task A_card_dragged_by_finger_on_a_tablet_is_placed_in_its_area()
    {
        var (created, topics, area) = await ClusteringAsync();
        using var engine = InProcessScreen.Console(host.Host, created.AssemblyId);
        await using var tablet = await host.NewTabletAsync();
        var console = await tablet.NewPageAsync();
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.FacilitatorSecret}");
        var card = Card(console, Topics[2]);
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await console.Locator(".wall-frame").ScrollIntoViewIfNeededAsync();
        await FittedAsync(console);
        await console.EvaluateAsync("() => addEventListener('pointerdown', e => globalThis.pointerKind = e.pointerType, { capture: true })");

        await TouchDragAsync(console, card, console.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" }));

        Assert.Equal("touch", await console.EvaluateAsync<string>("() => globalThis.pointerKind"));
        await Eventually.HoldsAsync(() => ClusterOf(engine, topics[2]) == area, () => "the card dragged by finger never reached the area");
        await Expect(console.Locator(".wall-area").Filter(new() { HasText = "Grünes Viertel" })).ToContainTextAsync("1 Karte");
        await ScreenPictures.SaveAsync(console, "console-wall-tablet", fullPage: false);
    }

    [Fact]
    public async Task A_wall_of_150_cards_zooms_pans_and_still_finds_a_card_by_its_text()
    {
        var texts = Enumerable.Range(1, 150).Select(n => $"Anliegen Nummer {n}").ToList();
        var (created, _, _) = await ClusteringAsync(texts, areas: ["Verkehr", "Wohnen", "Miteinander", "Umwelt", "Kultur"]);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.SetViewportSizeAsync(1366, 768);
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.FacilitatorSecret}");
        var card = Card(console, "Anliegen Nummer 137");
        await Expect(card).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        var frame = (await console.Locator(".wall-frame").BoundingBoxAsync())!;
        await Expect(console.Locator(".wall-card")).ToHaveCountAsync(150);
        await ScreenPictures.SaveAsync(console, "console-wall-150", fullPage: false);

        var fitted = (await card.BoundingBoxAsync())!;
        Assert.True(fitted.X >= frame.X && fitted.Y >= frame.Y && fitted.Y + fitted.Height <= frame.Y + frame.Height + 1, "the fitted wall shows every card");
        await console.GetByRole(AriaRole.Button, new() { Name = "Größer" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Größer" }).ClickAsync();
        await Eventually.HoldsAsync(() => Width(card) > fitted.Width * 1.5, () => "zooming in never made the card larger");

        // Pan: drag the empty wall below the cards; the card follows the hand.
        var before = (await card.BoundingBoxAsync())!;
        await console.Mouse.MoveAsync(frame.X + frame.Width - 30, frame.Y + frame.Height - 30);
        await console.Mouse.DownAsync();
        await console.Mouse.MoveAsync(frame.X + frame.Width - 230, frame.Y + frame.Height - 130, new() { Steps = 10 });
        await console.Mouse.UpAsync();
        var after = (await card.BoundingBoxAsync())!;
        Assert.InRange(after.X - before.X, -210, -190);
        Assert.InRange(after.Y - before.Y, -110, -90);
        await Expect(card).ToContainTextAsync("#137");
    }

    private static double Width(ILocator card) => card.BoundingBoxAsync().GetAwaiter().GetResult()!.Width;

    private static ILocator Card(IPage console, string text) => console.Locator(".wall-card").Filter(new() { HasText = text });

    /// <summary>Presses, moves in steps and lets go, as a hand does; the diagram follows pointer events.</summary>
    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var start = (await from.BoundingBoxAsync())!;
        var end = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(start.X + (start.Width / 2), start.Y + (start.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(end.X + (end.Width / 2), end.Y + (end.Height / 2), new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    /// <summary>
    /// A finger's drag: Chromium's own touch input (touchstart, touchmove in steps, touchend), which it also turns
    /// into pointer events of type "touch", the ones the diagram follows. Playwright itself only taps.
    /// </summary>
    private static async Task TouchDragAsync(IPage page, ILocator from, ILocator to)
    {
        var start = (await from.BoundingBoxAsync())!;
        var end = (await to.BoundingBoxAsync())!;
        var cdp = await page.Context.NewCDPSessionAsync(page);
        (double X, double Y) a = (start.X + (start.Width / 2), start.Y + (start.Height / 2));
        (double X, double Y) b = (end.X + (end.Width / 2), end.Y + (end.Height / 2));
        Task TouchAsync(string type, params (double X, double Y)[] points) =>
            cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
            {
                ["type"] = type,
                ["touchPoints"] = points.Select(p => new Dictionary<string, object> { ["x"] = p.X, ["y"] = p.Y }).ToArray(),
            });

        await TouchAsync("touchStart", a);
        const int steps = 12;
        for (var step = 1; step <= steps; step++)
        {
            await TouchAsync("touchMove", (a.X + ((b.X - a.X) * step / steps), a.Y + ((b.Y - a.Y) * step / steps)));
        }

        await TouchAsync("touchEnd");
        await cdp.DetachAsync();
    }

    private async Task<IPage> OpenConsoleAsync(IBrowserContext device, CreatedAssembly created)
    {
        var console = await device.NewPageAsync();
        await console.SetViewportSizeAsync(1366, 768);
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.FacilitatorSecret}");
        await Expect(Card(console, Topics[0])).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await FittedAsync(console);
        return console;
    }

    /// <summary>
    /// Waits for the wall's one fit after it first shows (it pans away from the corner); a drag begun before it would
    /// aim at where the cards were.
    /// </summary>
    /// <summary>
    /// Waits for the console's one fit of the wall after the browser measured its frame: a drag aimed
    /// before it would miss the moving cards. A wall that opened without a fit stays where it is, which is
    /// as good to drag, so the wait ends there after a while instead of failing the drag it prepares.
    /// </summary>
    private static async Task FittedAsync(IPage console)
    {
        try
        {
            await Expect(console.Locator(".wall-frame .diagram-html-layer")).Not.ToHaveAttributeAsync("style", new Regex(@"translate\(0px, 0px\)"), new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            // Not fitted: nothing will move the cards now.
        }
    }

    private static Guid? ClusterOf(InProcessScreen<Contracts.Views.FacilitatorView> engine, Guid topic) =>
        engine.Views.LastOrDefault()?.Board.Topics.FirstOrDefault(t => t.Id == topic)?.ClusterId;

    /// <summary>An assembly in clustering with the topics on paper and one empty area, "Grünes Viertel".</summary>
    private Task<(CreatedAssembly Created, List<Guid> Topics, Guid Area)> ClusteringAsync() => ClusteringAsync(Topics, ["Grünes Viertel"]);

    /// <summary>An assembly in clustering with <paramref name="texts"/> on paper and empty areas; the first area's id.</summary>
    private async Task<(CreatedAssembly Created, List<Guid> Topics, Guid Area)> ClusteringAsync(IReadOnlyList<string> texts, string[] areas)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        var commands = host.Host.Services.GetRequiredService<AssemblyCommands>();
        var facilitator = ConnectionBinding.Facilitator(created.AssemblyId);
        async Task SendAsync(AssemblyCommand command) => Assert.True((await commands.AsFacilitatorAsync(facilitator, command)).Accepted);
        for (var step = 0; step < 3; step++)
        {
            await SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        }

        var topics = new List<Guid>();
        foreach (var text in texts)
        {
            var id = Guid.NewGuid();
            await SendAsync(new AddPaperTopic(Guid.NewGuid(), id, text, null));
            topics.Add(id);
        }

        await SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        var ids = areas.Select(_ => Guid.NewGuid()).ToList();
        foreach (var (id, label) in ids.Zip(areas))
        {
            await SendAsync(new NameCluster(Guid.NewGuid(), id, label));
        }

        return (created, topics, ids[0]);
    }
}
