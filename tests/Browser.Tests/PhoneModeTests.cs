using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The phone in each of its modes (decision 0014): a browser without WebAssembly takes part through a circuit on the server.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneModeTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Theory]
    [InlineData(PhoneMode.ServerWithoutWebAssembly)]
    [InlineData(PhoneMode.WebAssembly)]
    public async Task A_phone_joins_checks_in_submits_a_topic_and_casts_a_dot_with_live_updates(PhoneMode mode)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        var facilitator = new RoomFacilitator(host.Host, created.AssemblyId);
        await using var device = await host.NewPhoneAsync(mode);
        var page = await device.NewPageAsync();

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync("Dana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Du bist dabei als: Dana")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gut", Exact = true }).CheckAsync();
        await page.GetByLabel("Ein Wort dazu").FillAsync("gespannt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await Expect(page.GetByText("Danke! Deine Antwort: Gut, „gespannt“")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await page.GetByLabel("Dein Thema").FillAsync("Mehr Licht im Park");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Ein Tauschregal", null));
        await Expect(page.GetByText("Ein Tauschregal")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await page.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Ein Tauschregal" }).ClickAsync();
        await Expect(page.GetByText("Du hast noch 2 von 3 Punkten.")).ToBeVisibleAsync(Visible);
        Assert.Equal(1, (await facilitator.ConsoleAsync()).DotsUsed);
        Assert.Equal(mode == PhoneMode.WebAssembly, await page.EvaluateAsync<bool>("() => typeof WebAssembly === 'object'"));
    }
}
