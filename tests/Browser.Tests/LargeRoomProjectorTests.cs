using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// A large room brings 40 to 100 topics. The wall shows every one of them readably: what does not fit
/// on one screen turns page by page by itself, and the line beneath says which page and which topics.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class LargeRoomProjectorTests(BrowserHost host)
{
    /// <summary>Readable from the back row: no topic on the wall in smaller type than this.</summary>
    private const double SmallestType = 18;

    private static readonly string[] Wishes =
    [
        "Mehr Bänke und Schatten", "Sichere Radwege", "Ein Tauschregal", "Weniger Müll", "Ein Treffpunkt für Ältere",
        "Ein Gemeinschaftsgarten", "Bessere Beleuchtung", "Den Spielplatz reparieren", "Ein Nachbarschaftsfest", "Einen Leihladen für Werkzeug",
        "Hausaufgabenhilfe", "Verkehrsberuhigungsmaßnahmen", "Eine Mieterberatung", "Ein Repair-Café", "Baumpatenschaften",
        "Einen Bücherschrank", "Trinkbrunnen", "Eine Sprechstunde der Hausverwaltung", "Mehr Fahrradbügel", "Einen Sportplatz für alle",
    ];

    private static readonly string[] Places = ["am Platz", "in der Urbanstraße", "im Hinterhof", "an der Schule", "am Kanal"];

    private static readonly string[] Clusters = ["Öffentlicher Raum", "Verkehr", "Miteinander", "Wohnen", "Umwelt"];

    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 60_000 };

    [Theory]
    [InlineData(40, 1920, 1080)]
    [InlineData(40, 1280, 720)]
    [InlineData(100, 1920, 1080)]
    [InlineData(100, 1280, 720)]
    public async Task Every_topic_reaches_the_wall_readably_and_on_screen_then_every_result(int count, int width, int height)
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var topics = Enumerable.Range(0, count).ToDictionary(i => $"{Wishes[i % Wishes.Length]} {Places[i / Wishes.Length]}", _ => Guid.NewGuid());
        foreach (var (text, id) in topics)
        {
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), id, text, null));
        }

        if (count > 40)
        {
            // The hundred are sorted into clusters; every fifth stays unsorted.
            await facilitator.AdvanceToAsync(Phase.Clustering);
            var clusters = Clusters.ToDictionary(label => label, _ => Guid.NewGuid());
            foreach (var (label, id) in clusters)
            {
                await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), id, label));
            }

            foreach (var (index, id) in topics.Values.Index().Where(t => t.Index % 5 != 4))
            {
                await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), id, clusters[Clusters[index % Clusters.Length]]));
            }
        }

        await using var wall = await ProjectorScreens.NewWallAsync(host, width, height);
        var page = await wall.NewPageAsync();
        await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        await Expect(page.Locator(".topic-wall")).ToContainTextAsync(topics.Keys.First(), Soon);
        await AssertEveryOneReachableAsync(page, ".topic-card", ".topic-text", topics.Keys, $"wall-{count}-{width}x{height}");

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        foreach (var (index, id) in topics.Values.Index())
        {
            var dots = (index * 7 % 23) + 1;
            await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), id, dots));
        }

        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ergebnis", Level = 1 })).ToBeVisibleAsync(PhoneScreens.Visible);
        await AssertEveryOneReachableAsync(page, ".result-bars > li", ".result-text", topics.Keys, $"results-{count}-{width}x{height}");
    }

    /// <summary>
    /// Forty topics and more do not fit one screen in type that large, so the list is paged. Follows
    /// the pages as they turn until each was seen: on each, every item shown lies on the
    /// board and in the window, none is cut, the type is large enough; together they are all of them.
    /// </summary>
    private static async Task AssertEveryOneReachableAsync(IPage page, string item, string text, IEnumerable<string> all, string picture)
    {
        var expected = all.ToHashSet();
        var pager = page.Locator(".pager");
        await Expect(pager).ToContainTextAsync($"von {expected.Count}", Soon);
        var pageCount = PageOf(await pager.TextContentAsync() ?? string.Empty).Count;
        Assert.True(pageCount > 1, $"{pageCount} pages");
        await Axe.AssertNoViolationsAsync(page);
        var seen = new Dictionary<int, WallView>();
        while (seen.Count < pageCount)
        {
            var next = Enumerable.Range(1, pageCount).First(p => !seen.ContainsKey(p));
            await Expect(pager).ToContainTextAsync($"Seite {next} von {pageCount} ·", Soon);
            if (next == 1)
            {
                await ProjectorScreens.SaveAsync(page, picture);
            }

            var view = await ReadAsync(page, item, text);
            AssertReadable(view, picture);
            var (number, ofPages, from, to, total) = PageOf(view.Pager!);
            Assert.Equal(pageCount, ofPages);
            Assert.Equal(expected.Count, total);
            Assert.Equal(to - from + 1, view.Texts.Length);
            seen[number] = view;
        }

        Assert.Equal(expected, seen.Values.SelectMany(v => v.Texts).ToHashSet());
        Assert.Equal(expected.Count, seen.Values.Sum(v => v.Texts.Length));
    }

    private static void AssertReadable(WallView view, string picture)
    {
        Assert.False(view.Scrolls, $"{picture}: the projector scrolls");
        Assert.True(view.Outside == 0, $"{picture}: {view.Outside} shown items lie off the board or the window");
        Assert.True(view.Cut == 0, $"{picture}: {view.Cut} texts are cut off");
        Assert.True(view.PagerOutside == false, $"{picture}: the page line is off screen");
        Assert.True(view.Smallest >= SmallestType, $"{picture}: the type shrank to {view.Smallest}px");
    }

    private static (int Page, int Count, int From, int To, int Total) PageOf(string pager)
    {
        var match = PagerLine().Match(pager);
        Assert.True(match.Success, pager);
        int At(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3), At(4), At(5));
    }

    /// <summary>What the room sees in one moment (one script, so a turning page cannot split it).</summary>
    private static Task<WallView> ReadAsync(IPage page, string item, string text) =>
        page.EvaluateAsync<WallView>(
            """
            ([item, text]) => {
                const board = document.querySelector('.projector-board').getBoundingClientRect();
                const onScreen = r => r.left >= -0.5 && r.top >= -0.5 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5
                    && r.left >= board.left - 0.5 && r.top >= board.top - 0.5 && r.right <= board.right + 0.5 && r.bottom <= board.bottom + 0.5;
                const shown = [...document.querySelectorAll(item)].filter(e => e.checkVisibility());
                const texts = shown.map(e => e.querySelector(text));
                const pager = document.querySelector('.pager');
                const paged = pager !== null && pager.checkVisibility();
                return {
                    Pager: paged ? pager.textContent : null,
                    PagerOutside: paged && !onScreen(pager.getBoundingClientRect()),
                    Texts: texts.map(t => [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim()),
                    Outside: shown.filter(e => !onScreen(e.getBoundingClientRect())).length,
                    Cut: texts.filter(t => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1).length,
                    Smallest: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize))),
                    Scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
                };
            }
            """,
            new[] { item, text });

    [GeneratedRegex(@"Seite (\d+) von (\d+) · Themen (\d+)–(\d+) von (\d+)")]
    private static partial Regex PagerLine();

    private sealed class WallView
    {
        public string? Pager { get; set; }

        public bool PagerOutside { get; set; }

        public string[] Texts { get; set; } = [];

        public int Outside { get; set; }

        public int Cut { get; set; }

        public double Smallest { get; set; }

        public bool Scrolls { get; set; }
    }
}
