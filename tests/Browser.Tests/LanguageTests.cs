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
/// The neighbourhood's languages in a real browser: a phone whose browser speaks Arabic starts in
/// Arabic and reads right to left through every phase, mirrored, with nothing cut off or lying over
/// another text; a Turkish phone passes axe too; the projector shows German and Arabic at once when
/// the facilitator picks Arabic on the console. Pictures in docs/screenshots/languages (OV_SCREENSHOTS=1).
/// </summary>
[Collection(BrowserCollection.Name)]
public class LanguageTests(BrowserHost host)
{
    private const string ArabicTopic = "مقاعد أكثر في الساحة";
    private const string GermanTopic = "Spielplatz an der Ecke";
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task A_phone_whose_browser_speaks_Arabic_reads_every_phase_right_to_left_mirrored_and_whole()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, AssemblyApi.Request());
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceAsync(locale: "ar-SY");
        var phone = await device.NewPageAsync();
        await using var turkishDevice = await host.NewDeviceAsync(locale: "tr-TR");
        var turkish = await turkishDevice.NewPageAsync();

        await phone.GotoAsync($"join/{created.JoinCode}");
        await Expect(phone.GetByText(Phone("ar", "Connected"), new() { Exact = true })).ToBeVisibleAsync(Visible);
        await AssertArabicAsync(phone, "join");
        await phone.GetByLabel(Phone("ar", "Pseudonym")).FillAsync("أمل");
        await phone.GetByRole(AriaRole.Button, new() { Name = Phone("ar", "JoinButton"), Exact = true }).ClickAsync();

        await turkish.GotoAsync($"join/{created.JoinCode}");
        await Expect(turkish.GetByText(Phone("tr", "Connected"), new() { Exact = true })).ToBeVisibleAsync(Visible);
        Assert.Equal(("tr", "ltr"), await RootAsync(turkish));
        await Axe.AssertNoViolationsAsync(turkish);
        await turkish.GetByRole(AriaRole.Button, new() { Name = Phone("tr", "JoinButton"), Exact = true }).ClickAsync();

        foreach (var phase in TestTemplates.Full.Phases.Select(p => p.Phase).Prepend(Phase.Lobby).Append(Phase.Closed))
        {
            if (phase != Phase.Lobby)
            {
                await facilitator.AdvanceToAsync(phase);
            }

            if (phase == Phase.TopicCollection)
            {
                await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), ArabicTopic, null));
                await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), GermanTopic, null));
                await Expect(phone.GetByText(GermanTopic)).ToBeVisibleAsync(Visible);
            }

            await Expect(phone.Locator(".phase-name", new() { HasText = Phone("ar", "Phase" + phase) })).ToBeVisibleAsync(Visible);
            await AssertArabicAsync(phone, phase.ToString());

            if (phase == Phase.DotVoting)
            {
                await AssertDotButtonsMirroredAsync(phone);
                await Expect(turkish.Locator(".phase-name", new() { HasText = Phone("tr", "Phase" + phase) })).ToBeVisibleAsync(Visible);
                await Axe.AssertNoViolationsAsync(turkish);
                await ScreenPictures.SaveAsync(turkish, $"languages/phone-tr-{phase}");
            }

            if (phase is Phase.TopicCollection or Phase.DotVoting)
            {
                // A neighbour's text finds its own direction: the Arabic topic right to left, the German one left to right, on the same Arabic phone.
                Assert.Equal("rtl", await DirectionOfAsync(phone.Locator("[dir=auto]", new() { HasTextString = ArabicTopic }).First));
                Assert.Equal("ltr", await DirectionOfAsync(phone.Locator("[dir=auto]", new() { HasTextString = GermanTopic }).First));
            }
        }
    }

    [Fact]
    public async Task The_projector_shows_phase_timer_and_their_Arabic_beside_German_once_the_facilitator_picks_Arabic_on_the_console()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, AssemblyApi.Request());
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.FacilitatorSecret}");
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var projector = await wall.NewPageAsync();
        await projector.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        await Expect(projector.Locator("h1.phase-name")).ToHaveTextAsync(Screen("de", "PhaseLobby"));

        var beamer = console.GetByRole(AriaRole.Region, new() { Name = Screen("de", "ProjectorHeading") });
        await beamer.GetByRole(AriaRole.Radio, new() { Name = UiLanguages.Arabic.NativeName }).CheckAsync();
        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await facilitator.StartTimerAsync(300);

        var second = projector.Locator("h1.phase-name .second-language > span");
        await Expect(second).ToHaveTextAsync(Screen("ar", "PhaseCheckIn"));
        await Expect(second).ToHaveAttributeAsync("lang", "ar");
        await Expect(second).ToHaveAttributeAsync("dir", "rtl");
        await Expect(projector.Locator("h1.phase-name")).ToContainTextAsync(Screen("de", "PhaseCheckIn"));
        await Expect(projector.Locator(".countdown-label.second-language > span[lang=ar][dir=rtl]")).ToHaveTextAsync(Screen("ar", "TimeLeft"));
        // The second line starts where the first does (the screen's start), though its text runs right to left.
        var lines = await projector.Locator("h1.phase-name").EvaluateAsync<double[]>("h => [h.getBoundingClientRect().left, h.querySelector('.second-language > span').getBoundingClientRect().left]");
        Assert.True(Math.Abs(lines[1] - lines[0]) < 2, $"the Arabic line starts at {lines[1]}px, the German at {lines[0]}px");
        await Expect(projector.Locator(".countdown-label").First).ToHaveTextAsync(Screen("de", "TimeLeft"));
        Assert.Equal(("de", "ltr"), await RootAsync(projector));
        Assert.Equal(("de", "ltr"), await RootAsync(console));

        // The second line is smaller than the first, and both are whole on a full-HD and a smaller wall.
        var sizes = await projector.Locator("h1.phase-name").EvaluateAsync<double[]>("h => [parseFloat(getComputedStyle(h).fontSize), parseFloat(getComputedStyle(h.querySelector('.second-language > span')).fontSize)]");
        Assert.True(sizes[1] < sizes[0], $"the second language is {sizes[1]}px, the first {sizes[0]}px");
        await ScreenPictures.SaveAsync(projector, "languages/projector-de-ar-1920", fullPage: false);
        await ScreenPictures.SaveAsync(console, "languages/console-second-language");
        await TextLayout.AssertNothingClippedAsync(projector, "projector de+ar 1920");
        await TextLayout.AssertNoTextOverlapsAsync(projector, "projector de+ar 1920");
        await Axe.AssertNoViolationsAsync(projector);
        await projector.SetViewportSizeAsync(1280, 720);
        await ScreenPictures.SaveAsync(projector, "languages/projector-de-ar-1280", fullPage: false);
        await TextLayout.AssertNothingClippedAsync(projector, "projector de+ar 1280");
        await TextLayout.AssertNoTextOverlapsAsync(projector, "projector de+ar 1280");

        await beamer.GetByRole(AriaRole.Radio, new() { Name = Screen("de", "ProjectorOneLanguage") }).CheckAsync();
        await Expect(second).ToHaveCountAsync(0);
    }

    private static async Task AssertArabicAsync(IPage phone, string name)
    {
        Assert.Equal(("ar", "rtl"), await RootAsync(phone));
        await ScreenPictures.SaveAsync(phone, $"languages/phone-ar-{name}");
        await PhoneLayout.AssertFitsAsync(phone);
        await TextLayout.AssertNothingClippedAsync(phone, $"phone ar {name}");
        await TextLayout.AssertNoTextOverlapsAsync(phone, $"phone ar {name}");
        await Axe.AssertNoViolationsAsync(phone);
    }

    /// <summary>Right to left the stepper starts at the right (the line's start), "−" first and "+" to its left.</summary>
    private static async Task AssertDotButtonsMirroredAsync(IPage phone)
    {
        var row = await phone.Locator("li.topic.vote", new() { HasText = GermanTopic }).BoundingBoxAsync();
        var rowLocator = phone.Locator("li.topic.vote", new() { HasText = GermanTopic });
        var remove = await rowLocator.GetByRole(AriaRole.Button, new() { Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, Phone("ar", "RemoveDotFrom"), GermanTopic) }).BoundingBoxAsync();
        var add = await rowLocator.GetByRole(AriaRole.Button, new() { Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, Phone("ar", "AddDotTo"), GermanTopic) }).BoundingBoxAsync();

        Assert.True(add!.X + add.Width <= remove!.X, $"+ at {add.X}, − at {remove.X}: not mirrored");
        Assert.True(row!.X + row.Width - (remove.X + remove.Width) < row.Width / 4, $"− ends at {remove.X + remove.Width}, the row at {row.X + row.Width}: not on the right");
    }

    private static async Task<(string Lang, string Dir)> RootAsync(IPage page) =>
        (await page.EvaluateAsync<string>("() => document.documentElement.lang"), await page.EvaluateAsync<string>("() => document.documentElement.dir"));

    private static Task<string> DirectionOfAsync(ILocator text) => text.EvaluateAsync<string>("e => getComputedStyle(e).direction");

    /// <summary>A phone's text in a language, from its file, as a person reads it.</summary>
    private static string Phone(string tag, string key) => TextOf("Participant", "Texts", tag, key);

    /// <summary>A console's or projector's text in a language, from its file.</summary>
    private static string Screen(string tag, string key) => TextOf("Facilitator", "ScreenTexts", tag, key);

    private static string TextOf(string folder, string set, string tag, string key) =>
        ResourceFile.SetOf(RepositoryRoot.Combine("src", folder, "Resources"), set)[tag].Texts[key];
}
