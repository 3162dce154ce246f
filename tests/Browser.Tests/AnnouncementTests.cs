using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Testing;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The invitation written on the console and read by neighbours: on a phone in each language, on a desktop, as an info screen, and downloaded.</summary>
[Collection(BrowserCollection.Name)]
public class AnnouncementTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task A_facilitator_writes_the_invitation_and_a_neighbour_reads_it_in_each_language_and_takes_it_home()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        var panel = console.GetByRole(AriaRole.Region, new() { Name = "Einladung" });
        await panel.GetByText("Einladung schreiben oder ändern").ClickAsync();
        await Expect(panel.GetByLabel("Titel")).ToBeVisibleAsync(Visible);
        await panel.GetByLabel("Titel").FillAsync("Offene Versammlung im Gemeinschaftsgarten");
        await panel.GetByLabel("Datum und Uhrzeit").FillAsync("2030-06-06T18:00");
        await panel.GetByLabel("Ort (Adresse)").FillAsync("Nachbarschaftshaus, Saal 1");
        await panel.GetByLabel("Telefon für Fragen").FillAsync("030 1234567");
        await panel.GetByLabel("Stufenloser Zugang").CheckAsync();
        await panel.GetByLabel("Wiederholen").SelectOptionAsync(new SelectOptionValue { Label = "jeden Monat am selben Wochentag" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Einladung speichern" }).ClickAsync();
        var link = panel.GetByRole(AriaRole.Link, new() { Name = "Einladung ansehen" });
        await Expect(link).ToBeVisibleAsync(Visible);
        if (Environment.GetEnvironmentVariable("OV_SCREENSHOTS") == "1")
        {
            await panel.ScreenshotAsync(new() { Path = RepositoryRoot.Combine("docs", "screenshots", "console-announcement.png") });
        }
        var address = await link.GetAttributeAsync("href");

        await using var phone = await host.NewDeviceAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync(address!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Offene Versammlung im Gemeinschaftsgarten" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Donnerstag, 6. Juni 2030, 18:00 Uhr")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Jeden ersten Donnerstag im Monat")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Mitmachen geht ab Donnerstag, 6. Juni 2030, 17:30 Uhr.")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(page, "announcement-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How to take part" })).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(page, "announcement-phone-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leichte Sprache" }).ClickAsync();
        await Expect(page.GetByText("Du musst dich nicht anmelden.", new() { Exact = false })).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(page, "announcement-phone-ls");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();

        var calendar = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "In den Kalender eintragen (.ics)" }).ClickAsync());
        Assert.Equal("einladung.ics", calendar.SuggestedFilename);
        Assert.Contains("SUMMARY:Offene Versammlung im Gemeinschaftsgarten", await File.ReadAllTextAsync((await calendar.PathAsync())!), StringComparison.Ordinal);
        foreach (var (name, file) in new[] { ("Plakat (A4, PDF)", "plakat.pdf"), ("Handzettel (A6, vier auf A4, PDF)", "handzettel.pdf") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync());
            Assert.Equal(file, download.SuggestedFilename);
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
            Assert.Contains(created.JoinCode, pdf.GetPage(1).Text, StringComparison.Ordinal);
        }

        await using var desktop = await host.NewDeviceAsync(phone: false);
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync(address!);
        await ScreenPictures.CheckAsync(wide, "announcement-desktop");
    }

    [Fact]
    public async Task An_arabic_neighbour_reads_the_invitation_right_to_left_and_takes_home_the_german_poster()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        var token = await AnnouncementSetup.AnnounceAsync(host.Host, created.AssemblyId);
        await using var phone = await host.NewDeviceAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync($"einladung/{token}");

        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "كيف تشارك" })).ToBeVisibleAsync(Visible);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByText("لا تسجيل، لا حساب، لا تطبيق: تعال فقط.")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(page, Path.Combine("languages", "announcement-phone-ar"));
        var poster = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "ملصق (A4، PDF، بالألمانية)" }).ClickAsync());
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await poster.PathAsync())!));
        Assert.Contains("Scanne", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains(created.JoinCode, pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReducedMotion.NoPreference, "announcement-info-screen")]
    [InlineData(ReducedMotion.Reduce, "announcement-info-screen-calm")]
    public async Task The_info_screen_fills_a_full_hd_screen_and_turns_its_languages_only_where_motion_is_welcome(ReducedMotion motion, string picture)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        var token = await AnnouncementSetup.AnnounceAsync(host.Host, created.AssemblyId);
        await using var screen = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, ReducedMotion = motion, BaseURL = host.BaseAddress.ToString() }).WatchAsync();
        var page = await screen.NewPageAsync();

        await page.GotoAsync($"einladung/{token}/infobildschirm");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Offene Versammlung im Gemeinschaftsgarten" })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-Code: Link zu dieser Einladung" })).ToBeVisibleAsync(Visible);
        var animation = await page.Locator(".turn").First.EvaluateAsync<string>("e => getComputedStyle(e).animationName");
        Assert.Equal(motion == ReducedMotion.Reduce ? "none" : "turn", animation);
        await ScreenPictures.CheckAsync(page, picture, fullPage: false);
        var overflow = await page.EvaluateAsync<string>("() => `${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`");
        Assert.Equal("1920×1080", overflow);
    }
}
