using System.Text.Json;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The start page as a facilitator meets it on a laptop or a tablet.</summary>
[Collection(BrowserCollection.Name)]
public class StartPageTests(BrowserHost host)
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1024, 768)]
    [InlineData(768, 1024)]
    public async Task The_start_page_names_the_template_choice_and_shows_every_example_whole(int width, int height)
    {
        await using var device = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "de-DE", BaseURL = host.BaseAddress.ToString() });
        var page = await device.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" })).ToBeEnabledAsync(new() { Timeout = 60_000 });

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Vorlage", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Wo?", Exact = true })).ToBeVisibleAsync();
        var cut = await page.EvaluateAsync<JsonElement>(
            """
            () => {
                const context = document.createElement('canvas').getContext('2d');
                return [...document.querySelectorAll('input[placeholder]')].map(input => {
                    const style = getComputedStyle(input);
                    context.font = style.font;
                    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    return { placeholder: input.placeholder, needs: Math.ceil(context.measureText(input.placeholder).width), room };
                }).filter(field => field.needs > field.room);
            }
            """);
        Assert.True(cut.GetArrayLength() == 0, $"examples cut off at {width}×{height}: {cut}");
    }

    [Fact]
    public async Task The_chosen_start_is_said_in_the_pages_language_whatever_the_browsers_date_field_shows()
    {
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var page = await laptop.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" })).ToBeEnabledAsync(new() { Timeout = 60_000 });

        var startsAt = page.GetByLabel("Beginn");
        await Expect(startsAt).ToHaveAccessibleDescriptionAsync("Tag und Uhrzeit, z. B. 3. Dezember 2026, 19:00");
        await startsAt.FillAsync("2026-12-03T19:00");

        await Expect(startsAt).ToHaveAccessibleDescriptionAsync("Donnerstag, 3. Dezember 2026 19:00");
        await Expect(page.GetByText("Donnerstag, 3. Dezember 2026 19:00")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_start_typed_on_the_start_page_is_the_start_the_invitation_shows_whatever_the_servers_zone()
    {
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var page = await laptop.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" })).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Titel", Exact = true }).FillAsync("Nachbarschaftsabend");
        await page.GetByLabel("Beginn").FillAsync("2026-12-03T19:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" }).ClickAsync();

        var invitation = page.GetByRole(AriaRole.Region, new() { Name = "Einladung" });
        await Expect(invitation.GetByLabel("Datum und Uhrzeit")).ToHaveValueAsync("2026-12-03T19:00", new() { Timeout = 60_000 });
    }
}
