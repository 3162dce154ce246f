using System.Text.Json;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The printable protocol as Chromium prints it on A4.</summary>
[Collection(BrowserCollection.Name)]
public class ProtocolPrintTests(BrowserHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 21, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_topics_table_after_two_run_offs_stays_within_an_A4_page(string language)
    {
        var html = ProtocolHtmlWriter.Write(LongEvening(), ExportTexts.For(language), Now);
        await using var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 720, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // 720 CSS px is A4's 210 mm less Chromium's default print margins of about 10 mm a side.
        var overflow = await page.EvaluateAsync<JsonElement>(
            "() => ({ page: document.documentElement.scrollWidth - window.innerWidth, table: document.querySelector('table').getBoundingClientRect().right - document.body.getBoundingClientRect().right })");
        // OV_PROTOCOL_PDF=folder keeps the page as printed, to look at.
        if (Environment.GetEnvironmentVariable("OV_PROTOCOL_PDF") is { Length: > 0 } folder)
        {
            await page.PdfAsync(new() { Path = Path.Combine(folder, $"protocol-{language}.pdf"), Format = "A4" });
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"protocol-{language}.png"), FullPage = true });
        }

        Assert.True(overflow.GetProperty("page").GetDouble() <= 0 && overflow.GetProperty("table").GetDouble() <= 0, $"the topics table runs past the page: {overflow}");
    }

    /// <summary>Long German compounds in every text column and three revealed rounds: the widest table an evening makes.</summary>
    private static AssemblyProtocol LongEvening()
    {
        var topics = new[]
        {
            "Verkehrsberuhigung in der Nachbarschaftsstraße mit Fahrradabstellanlagen",
            "Gemeinschaftsgartenbewässerungsanlage für den Innenhof",
            "Nachbarschaftsfest im Sommer mit Flohmarkt, Kuchenbuffet und Musik",
        }.Select((text, i) => new ProtocolTopic(Guid.NewGuid(), i + 1, text, "Quartiersentwicklungsmaßnahmen", "Öffentlicher Raum und Straßenverkehrssicherheit", i == 2, i + 1, [8, i < 2 ? 6 - i : null, i == 0 ? 3 : null], 2)).ToList();
        return new AssemblyProtocol(
            Guid.NewGuid(), 40, "Offene Versammlung im Hofkiez", "Nachbarschaftshaus", Now.AddHours(-3), AssemblyFormat.Hybrid,
            new LocalizedTextView("Offene Versammlung", "Open Assembly"), Phase.Closed, Now.AddHours(-3), Now,
            new ParticipantCounts(30, 24, 3, 3),
            new MoodBoard(0, [0, 0, 0, 0, 0], []), new MoodBoard(0, [0, 0, 0, 0, 0], []),
            topics, [], [], [new ProtocolRound(1, null, 5, true, 30, 140, 6), new ProtocolRound(2, [1, 2], 1, true, 28, 28, 2), new ProtocolRound(3, [1, 2], 1, true, 27, 27, 1)],
            []);
    }
}
