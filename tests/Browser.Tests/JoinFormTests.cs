using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The join form works the moment its page is there (decision 0014): a plain form post before the app
/// runs, or in a browser without script, joins through the same desk and comes back as the phone's page
/// for that participant; the app then goes on as the same person.
/// </summary>
[Collection(BrowserCollection.Name)]
public class JoinFormTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task A_phone_without_script_joins_by_the_form_sees_the_welcome_and_is_the_same_participant_after_a_reload()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceWithoutScriptAsync();
        var page = await device.NewPageAsync();

        await JoinByTheFormAsync(page, created.JoinCode, "Hanna");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du bist dabei als: Hanna")).ToBeVisibleAsync(Visible);
        Assert.DoesNotContain("ov.device", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Expect(page.GetByText("Du bist dabei als: Hanna")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    [Fact]
    public async Task A_phone_without_script_is_told_to_tap_for_the_newest_state_instead_of_loading_for_ever_and_the_tap_shows_it()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceWithoutScriptAsync();
        var page = await device.NewPageAsync();
        await JoinByTheFormAsync(page, created.JoinCode, "Hanna");
        await Expect(page.GetByText("Du bist dabei als: Hanna")).ToBeVisibleAsync(Visible);

        var reload = page.GetByRole(AriaRole.Link, new() { Name = "Ohne Live-Anzeige: hier tippen für den neuen Stand" });
        await Expect(reload).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Lädt …")).ToBeHiddenAsync();
        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await reload.ClickAsync();

        await Expect(page.GetByText("Check-in", new() { Exact = true }).First).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Ankommen", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_wrong_code_posted_without_script_comes_back_as_the_page_with_the_message_focused_and_nothing_retyped()
    {
        await using var device = await host.NewDeviceWithoutScriptAsync();
        var page = await device.NewPageAsync();

        await page.GotoAsync("join");
        await page.GetByLabel("Code").FillAsync("ZZZZZZZZ");
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Jonas");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online von woanders" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();

        var refusal = page.GetByRole(AriaRole.Alert).GetByText("Diesen Code gibt es nicht. Bitte prüfe ihn.");
        await Expect(refusal).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Dein Name (freiwillig)")).ToHaveValueAsync("Jonas");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Online von woanders" })).ToBeCheckedAsync();
        await ScreenPictures.SaveAsync(page, "participant-join-form-refused"); // axe needs script, which this phone runs none of

        await page.ReloadAsync();
        await Expect(refusal).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_tap_before_the_app_runs_joins_by_the_form_and_the_app_then_goes_on_as_that_participant(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewPhoneAsync(mode);
        var page = await device.NewPageAsync();

        // The script is still on its way (a slow line): the page is there, the app is not.
        var scriptHeld = true;
        await page.RouteAsync(new Regex(@"/_framework/blazor\.web"), route => scriptHeld ? route.AbortAsync() : route.ContinueAsync());
        await page.GotoAsync($"join/{created.JoinCode}");
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Ida");
        scriptHeld = false;
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        Assert.Contains(created.JoinCode, await page.EvaluateAsync<string?>("() => localStorage.getItem('ov.device')") ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("ov.device", await page.EvaluateAsync<string>("() => document.cookie"), StringComparison.Ordinal);

        // The app is the same person: a reload resumes it from the phone's storage.
        await page.ReloadAsync();
        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_join_form_posted_by_a_page_whose_script_ran_is_answered_with_the_joined_page_and_a_reload_or_going_back_posts_nothing_again(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewPhoneAsync(mode);
        var page = await device.NewPageAsync();
        var posts = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.EndsWith("/join/_form", StringComparison.Ordinal))
            {
                posts.Add(response.Status);
            }
        };

        var scriptHeld = true;
        await page.RouteAsync(new Regex(@"/_framework/blazor\.web"), route => scriptHeld ? route.AbortAsync() : route.ContinueAsync());
        await page.GotoAsync($"join/{created.JoinCode}");
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Ida");
        scriptHeld = false;
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        Assert.Equal([200], posts); // the page itself, no redirect to fetch it again
        await Expect(page).ToHaveURLAsync(new Regex($"/join/{created.JoinCode}$"));
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);

        await page.ReloadAsync();
        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        await page.GoBackAsync();
        await Expect(page.GetByText("Du bist dabei als: Ida")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        Assert.Equal([200], posts);
        Assert.Equal(1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }

    private static async Task JoinByTheFormAsync(IPage page, string joinCode, string name)
    {
        await page.GotoAsync($"join/{joinCode}");
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
    }
}
