using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using OffeneVersammlung.Testing.Languages;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The phone's language switch works with script and without (issue 12): a phone whose browser runs no script
/// switches to Turkish on its button and takes part in Turkish by the join form; a phone whose app runs keeps the
/// choice across a reload, and its page is in that language from the first paint, never German first.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneLanguageSwitchTests(BrowserHost host)
{
    private const string Topic = "Bänke am Spielplatz";
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    /// <summary>Every heading a page ever showed and the root's lang when its markup was first whole, before any app ran.</summary>
    private const string FirstPaintWatch = """
        (() => {
            const seen = new Set();
            window.ovHeadingsSeen = seen;
            const look = () => document.querySelectorAll("h1").forEach((h) => seen.add(h.textContent.trim()));
            new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
            document.addEventListener("DOMContentLoaded", () => { window.ovFirstLang = document.documentElement.lang; look(); });
        })();
        """;

    [Fact]
    public async Task A_phone_without_script_switches_to_Turkish_on_its_button_joins_by_the_form_and_votes_in_Turkish()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceWithoutScriptAsync();
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Phone("de", "JoinTitle") })).ToBeVisibleAsync(Visible);

        var turkish = page.GetByRole(AriaRole.Button, new() { Name = UiLanguages.Turkish.NativeName });
        await turkish.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Phone("tr", "JoinTitle") })).ToBeVisibleAsync(Visible);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "tr");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(turkish).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = UiLanguages.German.NativeName })).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.EndsWith($"/join/{created.JoinCode}", page.Url, StringComparison.Ordinal);

        await page.GetByLabel(Phone("tr", "Pseudonym")).FillAsync("Hanna");
        await page.GetByRole(AriaRole.Button, new() { Name = Phone("tr", "JoinButton"), Exact = true }).ClickAsync();
        await Expect(page.GetByText(Phone("tr", "YouAre").Replace("{0}", "Hanna", StringComparison.Ordinal))).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), Topic, null));
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await page.GetByRole(AriaRole.Link, new() { Name = Phone("tr", "NoScriptReload") }).ClickAsync();

        await Expect(page.Locator(".phase-name", new() { HasText = Phone("tr", "PhaseDotVoting") })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Phone("tr", "AddDotTo").Replace("{0}", Topic, StringComparison.Ordinal) })).ToBeVisibleAsync(Visible);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "tr");
        await ScreenPictures.SaveAsync(page, "phone-noscript-language"); // axe needs script, which this phone runs none of
    }

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_language_chosen_with_script_survives_a_reload_and_the_page_is_in_it_from_the_first_paint(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var device = await host.NewPhoneAsync(mode);
        await device.AddInitScriptAsync(FirstPaintWatch);
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText(Phone("de", "Connected"), new() { Exact = true })).ToBeVisibleAsync(Visible);

        await page.GetByRole(AriaRole.Button, new() { Name = UiLanguages.Turkish.NativeName }).ClickAsync();
        await Expect(page.GetByText(Phone("tr", "Connected"), new() { Exact = true })).ToBeVisibleAsync(Visible);
        await page.ReloadAsync();

        await Expect(page.GetByText(Phone("tr", "Connected"), new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Phone("tr", "JoinTitle") })).ToBeVisibleAsync(Visible);
        Assert.Equal("tr", await page.EvaluateAsync<string>("() => window.ovFirstLang"));
        Assert.Equal([Phone("tr", "JoinTitle")], await page.EvaluateAsync<string[]>("() => [...window.ovHeadingsSeen]"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "tr");
        Assert.Equal(UiLanguages.Turkish.Tag, await page.EvaluateAsync<string?>("() => localStorage.getItem('ov.lang')"));
        Assert.EndsWith($"/join/{created.JoinCode}", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>A phone's text in a language, from its file, as a person reads it.</summary>
    private static string Phone(string tag, string key) =>
        ResourceFile.SetOf(RepositoryRoot.Combine("src", "Participant", "Resources"), "Texts")[tag].Texts[key];
}
