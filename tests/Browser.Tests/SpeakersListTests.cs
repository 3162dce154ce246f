using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The speakers' list with three phones (both modes), a person on paper, the console and the projector.</summary>
[Collection(BrowserCollection.Name)]
public class SpeakersListTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task Hands_from_phones_in_both_modes_and_a_paper_name_wait_in_order_and_next_gives_the_turn()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        var list = console.GetByRole(AriaRole.Region, new() { Name = "Redeliste" });
        await list.GetByRole(AriaRole.Button, new() { Name = "Redeliste öffnen" }).ClickAsync();
        await Expect(list.GetByText("Offen: Handys können sich melden.")).ToBeVisibleAsync(Visible);

        await using var serverPhone = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        await using var wasmPhone = await host.NewPhoneAsync(PhoneMode.WebAssembly);
        await using var thirdPhone = await host.NewPhoneAsync(PhoneMode.ServerWithoutWebAssembly);
        var ayse = await JoinAsync(serverPhone, created.JoinCode, "Ayşe", "Server");
        var heinz = await JoinAsync(wasmPhone, created.JoinCode, "Heinz", "WebAssembly");
        var mila = await JoinAsync(thirdPhone, created.JoinCode, "Mila", "Server");

        await RaiseAsync(ayse);
        await Expect(ayse.GetByText("Du bist Nr. 1")).ToBeVisibleAsync(Visible);
        await list.GetByLabel("Name (wie der Raum ihn sehen darf)").FillAsync("Frau Gisela");
        await list.GetByRole(AriaRole.Button, new() { Name = "Auf die Liste" }).ClickAsync();
        await Expect(list.Locator(".speakers-waiting").GetByText("Frau Gisela")).ToBeVisibleAsync(Visible);
        await RaiseAsync(heinz);
        await Expect(heinz.GetByText("Du bist Nr. 3")).ToBeVisibleAsync(Visible);
        await RaiseAsync(mila);
        await Expect(mila.GetByText("Du bist Nr. 4")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(heinz, "speakers");

        await Expect(list.Locator(".speakers-waiting li")).ToHaveCountAsync(4);
        await Expect(list.Locator(".speakers-waiting .speaker-name")).ToHaveTextAsync(["Ayşe", "Frau Gisela", "Heinz", "Mila"]);
        await list.GetByLabel("Redezeit").SelectOptionAsync(new SelectOptionValue { Label = "2 Min." });
        await list.GetByRole(AriaRole.Button, new() { Name = "Nach oben: Mila" }).ClickAsync();
        await Expect(list.Locator(".speakers-waiting .speaker-name")).ToHaveTextAsync(["Ayşe", "Frau Gisela", "Mila", "Heinz"]);
        await Expect(heinz.GetByText("Du bist Nr. 4")).ToBeVisibleAsync(Visible);

        await list.GetByRole(AriaRole.Button, new() { Name = "Nächste/r" }).ClickAsync();
        await Expect(ayse.GetByRole(AriaRole.Alert).GetByText("Du bist dran")).ToBeVisibleAsync(Visible);
        await Expect(list.GetByText("Es spricht: Ayşe")).ToBeVisibleAsync(Visible);
        await Expect(heinz.GetByText("Du bist Nr. 3")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(ayse, "speakers-turn");

        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var projector = await wall.NewPageAsync();
        await projector.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        var board = projector.GetByRole(AriaRole.Region, new() { Name = "Redeliste" });
        await Expect(board.Locator(".speaker-now").GetByText("Ayşe")).ToBeVisibleAsync(Visible);
        await Expect(board.Locator(".speakers-next li")).ToHaveTextAsync(["Frau Gisela", "Mila", "Heinz"]);
        await Expect(board.GetByRole(AriaRole.Timer)).ToBeVisibleAsync(Visible);
        await ProjectorScreens.SaveAsync(projector, "speakers");

        await list.GetByRole(AriaRole.Button, new() { Name = "Von der Liste streichen: Mila" }).ClickAsync();
        await Expect(mila.GetByRole(AriaRole.Button, new() { Name = "Hand heben" })).ToBeVisibleAsync(Visible);
        await list.GetByRole(AriaRole.Button, new() { Name = "Nächste/r" }).ClickAsync();
        await Expect(board.Locator(".speaker-now").GetByText("Frau Gisela")).ToBeVisibleAsync(Visible);
        await Expect(ayse.GetByRole(AriaRole.Button, new() { Name = "Hand heben" })).ToBeVisibleAsync(Visible);
        await Expect(list.Locator(".speakers-spoken")).ToContainTextAsync("Ayşe");
        await ScreenPictures.CheckAsync(console, "console-speakers");
    }

    private static async Task<IPage> JoinAsync(IBrowserContext device, string joinCode, string name, string mode)
    {
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{joinCode}");
        await Expect(page.Locator($".phone[data-mode='{mode}']")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Du bist dabei als: {name}")).ToBeVisibleAsync(Visible);
        return page;
    }

    private static Task RaiseAsync(IPage phone) => phone.GetByRole(AriaRole.Button, new() { Name = "Hand heben" }).ClickAsync();
}
