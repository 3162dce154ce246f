using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class ProjectorTests(BrowserHost host)
{
    private const string Benches = "Mehr Bänke und Schatten am Platz";
    private const string Playground = "Spielplatz an der Ecke reparieren";
    private const string Festival = "Nachbarschaftsfest im Sommer";
    private const string BikeLanes = "Sichere Radwege zur Schule";
    private const string Garden = "Gemeinschaftsgarten im Hinterhof";
    private const string MeetingPoint = "Treffpunkt für Ältere am Nachmittag";
    private const string Litter = "Weniger Müll in den Grünanlagen";
    private const string SwapShelf = "Tauschregal im Hausflur";
    private const string OfficeHours = "Sprechstunde der Hausverwaltung";

    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    private static readonly CreateAssemblyRequest Evening = new(
        "offene-versammlung",
        null,
        "Offene Versammlung im Hofkiez",
        "Nachbarschaftshaus Urbanstraße",
        DateTimeOffset.Parse("2026-11-26T18:30:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
        AssemblyFormat.Hybrid,
        null,
        null,
        null,
        null);

    [Fact]
    public async Task The_projector_follows_an_evening_live_through_every_phase_and_passes_axe()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, Evening);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var page = await wall.NewPageAsync();
        await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));

        // Arriving: what tonight is, and how to get in.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ankommen", Level = 1 })).ToBeVisibleAsync(Visible);
        var joinCard = page.GetByRole(AriaRole.Region, new() { Name = "Mitmachen" });
        await Expect(joinCard).ToBeVisibleAsync(Visible);
        await Expect(joinCard.GetByText(created.JoinCode, new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Noch niemand ist dabei")).ToBeVisibleAsync(Visible);

        await using var neighbours = await Neighbourhood.JoinAsync(host.Host, created.JoinCode);
        var okafor = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), okafor, "Herr Okafor", Presence.InRoom));
        await Expect(page.GetByText("9 Personen sind dabei")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("7 vor Ort · 1 online · 1 auf Papier")).ToBeVisibleAsync(Visible);
        await ProjectorScreens.CheckAsync(page, "lobby");

        // Check-in: the words as a cloud, the more often given, the larger.
        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check-in", Level = 1 })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("Wie geht es dir gerade? Ein Wort reicht.")).ToBeVisibleAsync(Visible);
        await neighbours.CheckInAsync(
            (Mood.Good, "neugierig"), (Mood.Okay, "müde"), (Mood.VeryGood, "neugierig"), (Mood.Good, "gespannt"),
            (Mood.Good, "neugierig"), (Mood.Low, "müde"), (Mood.VeryGood, "froh"), (Mood.Okay, "hungrig"));
        await facilitator.DoAsync(new CheckIn(Guid.NewGuid(), okafor, Mood.Good, "gespannt"));
        var cloud = page.Locator(".word-cloud");
        await Expect(cloud.GetByText("9 Antworten")).ToBeVisibleAsync(Visible);
        var often = await FontSizeAsync(cloud.Locator("li", new() { HasText = "neugierig" }));
        var once = await FontSizeAsync(cloud.Locator("li", new() { HasText = "froh" }));
        Assert.True(often > once * 1.5, $"'neugierig' (3×) is {often}px, 'froh' (1×) {once}px");
        await ProjectorScreens.CheckAsync(page, "checkin");

        // Once everyone is in, the facilitator takes the join card off the wall.
        await facilitator.DoAsync(new ShowJoinCode(Guid.NewGuid(), false));
        await Expect(joinCard).ToHaveCountAsync(0);

        // Topics arrive on the wall as cards, then sorted into the clusters the facilitator names.
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var topics = await neighbours.SubmitAsync(Benches, Playground, Festival, BikeLanes, Garden, MeetingPoint, Litter, SwapShelf);
        var officeHours = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), officeHours, OfficeHours, null));
        var wall2 = page.Locator(".topic-wall");
        await Expect(wall2.GetByText(OfficeHours)).ToBeVisibleAsync(Visible);
        await Expect(wall2.GetByText(Litter)).ToBeVisibleAsync(Visible);
        await Expect(wall2.Locator(".topic-card")).ToHaveCountAsync(9);
        await Expect(wall2.Locator(".topic-card.paper")).ToContainTextAsync("von Papier");

        await facilitator.AdvanceToAsync(Phase.Clustering);
        var publicSpace = Guid.NewGuid();
        var together = Guid.NewGuid();
        await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), publicSpace, "Öffentlicher Raum"));
        await facilitator.DoAsync(new NameCluster(Guid.NewGuid(), together, "Miteinander"));
        foreach (var topic in new[] { Benches, Playground, BikeLanes, Litter })
        {
            await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), topics[topic], publicSpace));
        }

        foreach (var topic in new[] { Festival, MeetingPoint, SwapShelf })
        {
            await facilitator.DoAsync(new PlaceTopic(Guid.NewGuid(), topics[topic], together));
        }

        // While clustering the projector shows the console's wall: the areas with their cards in them, the rest beside.
        var publicArea = page.Locator($"g.wall-area[data-cluster='{publicSpace}']");
        await Expect(publicArea).ToContainTextAsync("Öffentlicher Raum");
        await Expect(page.Locator(".wall-note")).ToHaveCountAsync(9);
        var litter = page.Locator(".wall-note", new() { HasText = Litter });
        await Expect(litter).ToBeVisibleAsync(Visible);
        await Expect(page.Locator(".wall-note", new() { HasText = Garden })).ToBeVisibleAsync(Visible);
        // The placements reach the projector at the room's pace, after the console's commands returned: wait for the card to stand in its area.
        await page.WaitForFunctionAsync(
            """
            ([cluster, text]) => {
                const area = document.querySelector(`g.wall-area[data-cluster='${cluster}'] rect`)?.getBoundingClientRect();
                const note = [...document.querySelectorAll('.wall-note')].find(n => n.textContent.includes(text))?.getBoundingClientRect();
                return !!area && !!note && note.x >= area.x && note.y >= area.y
                    && note.x + note.width <= area.x + area.width + 1 && note.y + note.height <= area.y + area.height + 1;
            }
            """,
            new object[] { publicSpace.ToString(), Litter },
            new() { Timeout = 60_000 });
        await ProjectorScreens.CheckAsync(page, "topics");

        // Voting: how many took part and the countdown, never a number beside a topic.
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new StartTimer(Guid.NewGuid(), 600));
        await neighbours.VoteAsync(topics, [
            [(Benches, 3), (Garden, 2)],
            [(Playground, 3), (Benches, 2)],
            [(Festival, 3), (Garden, 2)],
            [(BikeLanes, 3), (Playground, 2)],
            [(Garden, 2), (MeetingPoint, 2), (Litter, 1)],
            [(Playground, 1), (Festival, 1)],
        ]);
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), okafor, topics[Festival]));
        await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), topics[Benches], 2));
        await Expect(page.GetByText("7 Personen haben schon Punkte vergeben.")).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Timer)).ToBeVisibleAsync(Visible);
        await Expect(page.Locator(".topic-wall .topic-card")).ToHaveCountAsync(9);
        await Expect(page.Locator(".topic-wall")).Not.ToContainTextAsync(new Regex(@"\d"));
        await Expect(page.Locator(".result-bars")).ToHaveCountAsync(0);
        await ProjectorScreens.CheckAsync(page, "voting");

        // Results: bars in rank order, totals with the paper dots shown apart, the tie marked.
        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);
        var rows = page.Locator(".result-bars > li");
        await Expect(rows).ToHaveCountAsync(9);
        await Expect(rows.Nth(0)).ToContainTextAsync(Benches);
        await Expect(rows.Nth(0)).ToContainTextAsync("7 Punkte");
        await Expect(rows.Nth(0)).ToContainTextAsync("davon 2 auf Papier");
        await Expect(rows.Nth(1)).ToContainTextAsync(Playground);
        await Expect(rows.Nth(1)).ToContainTextAsync("Gleichstand");
        await Expect(rows.Nth(2)).ToContainTextAsync(Garden);
        await Expect(rows.Nth(2)).ToContainTextAsync("6 Punkte");
        await Expect(rows.Nth(2)).ToContainTextAsync("Gleichstand");
        await Expect(rows.Nth(3)).ToContainTextAsync("5 Punkte");
        await Expect(rows.Nth(6)).ToContainTextAsync("1 Punkt");
        Assert.True(await BarWidthAsync(rows.Nth(0)) > await BarWidthAsync(rows.Nth(3)));
        await ProjectorScreens.CheckAsync(page, "results");

        // Project groups: who joined, how many seats are left, when they meet.
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        await facilitator.DoAsync(new SeedProjectGroups(Guid.NewGuid()));
        var groups = (await facilitator.ViewAsync()).Board.Groups.ToDictionary(g => g.Profile.Name, g => g.Id);
        await neighbours.JoinGroupsAsync(groups[Benches], groups[Benches], groups[Garden], groups[Playground], groups[Garden], groups[Playground], groups[Benches], groups[Festival]);
        await facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), okafor, groups[Festival]));
        await neighbours.Phones[0].DoAsync("UpdateGroupProfile", Guid.NewGuid(), groups[Benches], GroupProfile.Named(Benches) with
        {
            NextMeetingAt = DateTimeOffset.Parse("2026-12-03T18:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
            NextMeetingPlace = "Café Eck",
            Contact = "amal@example.org",
        });
        var benchGroup = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = Benches }) });
        await Expect(benchGroup).ToContainTextAsync("3 dabei · für 3 bis 6 Personen");
        await Expect(benchGroup).ToContainTextAsync("Amal, Ben, Gül");
        await Expect(benchGroup).ToContainTextAsync("Café Eck");
        await Expect(benchGroup).Not.ToContainTextAsync("amal@example.org");
        var gardenGroup = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = Garden }) });
        await Expect(gardenGroup).ToContainTextAsync("noch 1 gesucht");
        var festivalGroup = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = Festival }) });
        await Expect(festivalGroup).ToContainTextAsync("2 dabei");
        await Expect(festivalGroup).ToContainTextAsync("Herr Okafor");
        await ProjectorScreens.CheckAsync(page, "groups");

        // Closing: thanks and the words people leave with.
        await facilitator.AdvanceToAsync(Phase.CheckOut);
        await neighbours.Phones[0].DoAsync("CheckOut", Guid.NewGuid(), Mood.VeryGood, "zufrieden");
        await Expect(page.Locator(".word-cloud").GetByText("zufrieden")).ToBeVisibleAsync(Visible);
        await facilitator.AdvanceToAsync(Phase.Closed);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Danke fürs Mitmachen!" })).ToBeVisibleAsync(Visible);
        await ProjectorScreens.CheckAsync(page, "closed");
    }

    [Fact]
    public async Task The_join_card_leaves_the_wall_when_the_facilitator_hides_it_and_comes_back_when_shown()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var page = await wall.NewPageAsync();
        await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        var joinCard = page.GetByRole(AriaRole.Region, new() { Name = "Mitmachen" });
        await Expect(joinCard.GetByText(created.JoinCode, new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(joinCard.GetByRole(AriaRole.Img)).ToBeVisibleAsync(Visible);

        await facilitator.DoAsync(new ShowJoinCode(Guid.NewGuid(), false));

        await Expect(joinCard).ToHaveCountAsync(0);
        await Expect(page.GetByText(created.JoinCode)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ankommen", Level = 1 })).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.CheckIn);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check-in", Level = 1 })).ToBeVisibleAsync(Visible);
        await Expect(joinCard).ToHaveCountAsync(0);

        await facilitator.DoAsync(new ShowJoinCode(Guid.NewGuid(), true));

        await Expect(joinCard.GetByText(created.JoinCode, new() { Exact = true })).ToBeVisibleAsync(Visible);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_wrong_secret_shows_a_refusal_and_nothing_of_the_assembly()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, Evening);
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var page = await wall.NewPageAsync();

        foreach (var secret in new[] { "not-the-secret", created.FacilitatorSecret })
        {
            await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, secret));
            await page.ReloadAsync(); // a new fragment alone would not load the page again

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dieser Projektor-Link gilt nicht" })).ToBeVisibleAsync(Visible);
            await Expect(page.GetByText(Evening.Title!)).ToHaveCountAsync(0);
            await Expect(page.GetByText(created.JoinCode)).ToHaveCountAsync(0);
            await Expect(page.Locator("img")).ToHaveCountAsync(0);
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    [Fact]
    public async Task On_a_1280_by_720_screen_the_wall_fits_without_scrolling_in_large_type_and_speaks_English_when_asked()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, Evening);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        foreach (var text in new[] { Benches, Playground, Festival, BikeLanes, Garden, MeetingPoint, Litter, SwapShelf, OfficeHours, "Verkehrsberuhigungsmaßnahmen" })
        {
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), text, null));
        }

        await facilitator.DoAsync(new StartTimer(Guid.NewGuid(), 900));
        await using var wall = await ProjectorScreens.NewWallAsync(host, 1280, 720);
        var page = await wall.NewPageAsync();
        await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Themen sammeln", Level = 1 })).ToBeVisibleAsync(Visible);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Collecting topics", Level = 1 })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText("What bothers you, what do you wish for? One topic per card.")).ToBeVisibleAsync(Visible);
        await Expect(page.Locator(".topic-card")).ToHaveCountAsync(10);
        await Expect(page.GetByRole(AriaRole.Timer)).ToBeVisibleAsync(Visible);
        var type = await FontSizeAsync(page.Locator(".topic-text").Last);
        Assert.True(type >= 20, $"the topics shrank to {type}px to fit; a long word should break before the type gets that small");
        await AssertEverythingOnScreenAsync(page, ".projector-head", ".prompt", ".topic-card", ".projector-join", ".countdown");
        await ProjectorScreens.CheckAsync(page, "topics-1280-en");
    }

    private static Task<double> FontSizeAsync(ILocator element) =>
        element.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

    private static Task<double> BarWidthAsync(ILocator row) =>
        row.Locator(".filled").EvaluateAsync<double>("e => e.getBoundingClientRect().width");

    /// <summary>The room cannot scroll: no scroll bar, and every part named lies inside the window.</summary>
    private static async Task AssertEverythingOnScreenAsync(IPage page, params string[] selectors)
    {
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight]");
        Assert.True(scroll[0] <= 0 && scroll[1] <= 0, $"the projector scrolls by {scroll[0]}×{scroll[1]}px");
        foreach (var selector in selectors)
        {
            var outside = await page.EvaluateAsync<int>(
                "s => [...document.querySelectorAll(s)].filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5; }).length",
                selector);
            Assert.True(outside == 0, $"{outside} of '{selector}' lie outside the 1280×720 window");
        }
    }

    /// <summary>The neighbours' phones, driven over the hub (the phone screens are tested elsewhere).</summary>
    private sealed class Neighbourhood : IAsyncDisposable
    {
        private static readonly string?[] Names = ["Amal", "Ben", "Carla", "Dragan", "Elif", "Frieda", "Gül", null];

        private Neighbourhood(List<LiveClient> phones) => Phones = phones;

        public List<LiveClient> Phones { get; }

        public static async Task<Neighbourhood> JoinAsync(HostFactory host, string joinCode)
        {
            var phones = new List<LiveClient>();
            foreach (var name in Names)
            {
                var phone = await LiveClient.ConnectAsync(host);
                var joined = await HangGuard.Within(phone.Connection.InvokeAsync<JoinResult>(
                    "Join", joinCode, name, name == "Ben" ? Presence.Remote : Presence.InRoom, null));
                Assert.True(joined.Accepted, $"{name} could not join: {joined.Refusal}");
                phones.Add(phone);
            }

            return new Neighbourhood(phones);
        }

        public async Task CheckInAsync(params (Mood Mood, string Word)[] answers)
        {
            for (var i = 0; i < answers.Length; i++)
            {
                await Phones[i].DoAsync("CheckIn", Guid.NewGuid(), answers[i].Mood, answers[i].Word);
            }
        }

        /// <summary>One topic from each phone in turn; returns the ids by text.</summary>
        public async Task<Dictionary<string, Guid>> SubmitAsync(params string[] texts)
        {
            var ids = new Dictionary<string, Guid>();
            for (var i = 0; i < texts.Length; i++)
            {
                ids[texts[i]] = Guid.NewGuid();
                await Phones[i].DoAsync("SubmitTopic", Guid.NewGuid(), ids[texts[i]], texts[i], null);
            }

            return ids;
        }

        public async Task VoteAsync(IReadOnlyDictionary<string, Guid> topics, (string Topic, int Dots)[][] ballots)
        {
            for (var i = 0; i < ballots.Length; i++)
            {
                foreach (var (topic, dots) in ballots[i])
                {
                    for (var dot = 0; dot < dots; dot++)
                    {
                        await Phones[i].DoAsync("CastDot", Guid.NewGuid(), topics[topic]);
                    }
                }
            }
        }

        public async Task JoinGroupsAsync(params Guid[] groupOfEachPhone)
        {
            for (var i = 0; i < groupOfEachPhone.Length; i++)
            {
                await Phones[i].DoAsync("JoinGroup", Guid.NewGuid(), groupOfEachPhone[i]);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var phone in Phones)
            {
                await phone.DisposeAsync();
            }
        }
    }
}
