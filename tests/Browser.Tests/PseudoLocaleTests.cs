using System.Globalization;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The pseudo-locale (accented, a third longer, right to left) on every screen of an evening: the
/// console, the projector and a phone through every phase, each without a text that did not come from
/// the resources, laid out right to left and with no text cut off.
/// </summary>
[Collection(PseudoLocaleCollection.Name)]
public class PseudoLocaleTests(PseudoLocaleHost host)
{
    private const string Topic = "Spielplatz an der Ecke";
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task Every_screen_of_the_console_projector_and_phone_renders_in_the_pseudo_locale_without_a_missing_key_or_clipped_text()
    {
        var request = AssemblyApi.Request();
        var created = await AssemblyApi.CreateAsync(host.Host, request);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        string[] data = ["Offene Versammlung Nordstadt", "Nachbarschaftszentrum", created.JoinCode, "Amal", Topic, "Willkommen", "Welcome", "QR",
            // The start as the culture's own data formats it: a made-up culture has no date names of its own.
            DateTimeOffset.Parse("2025-05-20T18:00:00+02:00", CultureInfo.InvariantCulture).ToString("f", CultureInfo.GetCultureInfo(UiLanguages.Pseudo.Tag))];

        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync($"language/{UiLanguages.Pseudo.Tag}?back=/");
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.FacilitatorSecret}");
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var projector = await wall.NewPageAsync();
        await projector.GotoAsync($"language/{UiLanguages.Pseudo.Tag}?back=/");
        await projector.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));

        await using var device = await host.NewDeviceAsync();
        var phone = await device.NewPageAsync();
        await phone.GotoAsync($"join/{created.JoinCode}");
        await phone.GetByRole(AriaRole.Button, new() { Name = UiLanguages.Pseudo.NativeName }).ClickAsync();
        await Expect(phone.GetByText(Phone("Connected"))).ToBeVisibleAsync(Visible);
        await PseudoScreens.AssertAsync(phone, "phone join", data);
        await PhoneScreens.CheckAsync(phone, "pseudo-join");
        await phone.GetByLabel(Phone("Pseudonym")).FillAsync("Amal");
        await phone.GetByRole(AriaRole.Button, new() { Name = Phone("JoinButton"), Exact = true }).ClickAsync();

        foreach (var phase in TestTemplates.Full.Phases.Select(p => p.Phase).Prepend(Phase.Lobby).Append(Phase.Closed))
        {
            if (phase != Phase.Lobby)
            {
                await facilitator.AdvanceToAsync(phase);
            }

            if (phase == Phase.TopicCollection)
            {
                await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), Topic, null));
            }

            await Expect(phone.Locator(".phase-name", new() { HasText = Phone("Phase" + phase) })).ToBeVisibleAsync(Visible);
            await Expect(console.GetByText(Screen("Phase" + phase)).First).ToBeVisibleAsync(Visible);
            await Expect(projector.GetByText(Screen("Phase" + phase)).First).ToBeVisibleAsync(Visible);

            // The pictures first, so a failing screen can be looked at.
            await ScreenPictures.SaveAsync(phone, $"pseudo/phone-{phase}");
            await ScreenPictures.SaveAsync(console, $"pseudo/console-{phase}");
            await ScreenPictures.SaveAsync(projector, $"pseudo/projector-{phase}", fullPage: false);
            await PseudoScreens.AssertAsync(phone, $"phone {phase}", data);
            await PhoneLayout.AssertFitsAsync(phone);
            await PseudoScreens.AssertAsync(console, $"console {phase}", data);
            await PseudoScreens.AssertAsync(projector, $"projector {phase}", data);
        }
    }

    private static string Phone(string key) => PseudoScreens.Text("Participant", "Texts", key);

    private static string Screen(string key) => PseudoScreens.Text("Facilitator", "ScreenTexts", key);
}
