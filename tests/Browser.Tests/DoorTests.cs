using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The door on the console, and what a new phone is told at it.</summary>
[Collection(BrowserCollection.Name)]
public class DoorTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task A_closed_door_tells_a_new_phone_so_and_once_opened_the_phone_comes_in()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        var door = console.GetByRole(AriaRole.Region, new() { Name = "Einlass" });
        await Expect(door.GetByText("Offen: Wer den Code hat, kommt herein.")).ToBeVisibleAsync(Visible);

        await door.GetByRole(AriaRole.Button, new() { Name = "Geschlossen", Exact = true }).ClickAsync();
        await Expect(door.GetByText("Geschlossen: Niemand Neues kommt herein.", new() { Exact = false })).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-door-closed");

        await using var device = await host.NewDeviceAsync();
        var phone = await device.NewPageAsync();
        await phone.GotoAsync($"join/{created.JoinCode}");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Dein Name (freiwillig)").FillAsync("Bea");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Alert).GetByText("Die Versammlung nimmt gerade niemanden mehr auf.")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(phone, "door-closed");

        await door.GetByRole(AriaRole.Button, new() { Name = "Offen", Exact = true }).ClickAsync();
        await Expect(door.GetByText("Offen: Wer den Code hat, kommt herein.")).ToBeVisibleAsync(Visible);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(Visible);
        await Expect(console.Locator(".people").GetByText("Bea")).ToBeVisibleAsync(Visible);
    }

    [Fact]
    public async Task A_knocking_phone_waits_until_the_facilitator_lets_it_in_and_then_goes_on_by_itself()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        var door = console.GetByRole(AriaRole.Region, new() { Name = "Einlass" });
        await door.GetByRole(AriaRole.Button, new() { Name = "Mit Anklopfen", Exact = true }).ClickAsync();
        await Expect(door.GetByText("Mit Anklopfen: Neue Handys klopfen an", new() { Exact = false })).ToBeVisibleAsync(Visible);

        await using var device = await host.NewDeviceAsync();
        var phone = await device.NewPageAsync();
        await phone.GotoAsync($"join/{created.JoinCode}");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Dein Name (freiwillig)").FillAsync("Cem");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status).GetByText("Du hast angeklopft. Die Moderation lässt dich gleich herein.")).ToBeVisibleAsync(Visible);
        await PhoneScreens.CheckAsync(phone, "door-knocking");

        await Expect(door.GetByRole(AriaRole.Heading, new() { Name = "Klopft an (1)" })).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-door-knocking");
        await door.GetByRole(AriaRole.Button, new() { Name = "Einlassen: Cem" }).ClickAsync();

        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(Visible);
        await Expect(phone.GetByText("Du bist dabei als: Cem")).ToBeVisibleAsync(Visible);
        await Expect(door.GetByRole(AriaRole.Heading, new() { Name = "Klopft an (1)" })).ToHaveCountAsync(0);
    }
}
