using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The console in the project-groups phase: a group's profile as the facilitator edits it.</summary>
[Collection(BrowserCollection.Name)]
public class ConsoleGroupsTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task The_next_meeting_typed_in_the_consoles_profile_editor_is_saved_with_its_place()
    {
        await using var evening = await GroupsEvening.OpenAsync(host, "Bänke");
        var card = evening.Card;

        await card.GetByRole(AriaRole.Button, new() { Name = "Steckbrief bearbeiten" }).ClickAsync();
        var nextAt = card.GetByLabel("Nächstes Treffen am");

        await nextAt.FillAsync("2026-12-03T19:00");
        await card.GetByLabel("Ort des nächsten Treffens").FillAsync("Café Eck");
        await card.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();

        await Expect(card.GetByText("03.12.2026 19:00 Café Eck")).ToBeVisibleAsync(Visible);
        var stored = (await evening.Facilitator.ViewAsync()).Groups.Single(g => g.Id == evening.GroupId).Profile;
        Assert.Equal("Café Eck", stored.NextMeetingPlace);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.FromHours(1)), stored.NextMeetingAt); // Berlin's wall clock in December
    }

    [Fact]
    public async Task A_refused_profile_says_why_where_the_facilitator_is_looking()
    {
        await using var evening = await GroupsEvening.OpenAsync(host, "Bänke");
        var card = evening.Card;

        await card.GetByRole(AriaRole.Button, new() { Name = "Steckbrief bearbeiten" }).ClickAsync();
        await card.GetByLabel("Name der Gruppe").FillAsync(string.Empty);
        await card.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();

        await Expect(evening.Console.GetByText("Bitte schreib etwas.")).ToBeInViewportAsync(new() { Timeout = 60_000 });
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true })).ToBeVisibleAsync(Visible);
    }

    [Fact]
    public async Task A_paper_person_refused_by_a_full_group_is_not_shown_as_chosen()
    {
        await using var evening = await GroupsEvening.OpenAsync(host, "Bänke", maxSize: 1);
        var card = evening.Card;
        foreach (var name in new[] { "Heinz", "Frau Yılmaz" })
        {
            await evening.Facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), Guid.NewGuid(), name, Presence.InRoom));
        }

        var choose = card.GetByLabel("Person ohne Handy zuordnen");
        await choose.SelectOptionAsync(new SelectOptionValue { Label = "Heinz" });
        await Expect(card.Locator(".members").GetByText("Heinz")).ToBeVisibleAsync(Visible);
        await choose.SelectOptionAsync(new SelectOptionValue { Label = "Frau Yılmaz" });

        await Expect(evening.Console.GetByText("Diese Gruppe ist voll.")).ToBeVisibleAsync(Visible);
        await Expect(choose).ToHaveValueAsync(string.Empty);
        await Expect(choose.Locator("option:checked")).ToHaveTextAsync("– Person wählen –");
        await Expect(card.Locator(".members").GetByText("Frau Yılmaz")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_groups_qr_card_button_downloads_the_cards_of_its_paper_members_in_the_groups_phase_and_after_the_close()
    {
        await using var evening = await GroupsEvening.OpenAsync(host, "Bänke");
        var heinz = Guid.NewGuid();
        await evening.Facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), heinz, "Heinz", Presence.InRoom));
        await evening.Facilitator.DoAsync(new JoinProjectGroup(Guid.NewGuid(), heinz, evening.GroupId));
        var card = evening.Card;
        await Expect(card.Locator(".members").GetByText("Heinz")).ToBeVisibleAsync(Visible);
        var print = card.GetByRole(AriaRole.Button, new() { Name = "QR-Karten drucken für Bänke" });

        var during = await evening.Console.RunAndWaitForDownloadAsync(() => print.ClickAsync());
        await ScreenPictures.CheckAsync(evening.Console, "console-group-cards");

        Assert.Equal("qr-karten-baenke.pdf", during.SuggestedFilename);
        Assert.Contains("Heinz", await PdfTextAsync(during), StringComparison.Ordinal);

        await evening.Facilitator.ChangePhaseAsync(PhaseTrigger.Close);
        var closed = evening.Console.Locator("section.group-spaces");
        await Expect(closed.GetByRole(AriaRole.Heading, new() { Name = "Gruppenräume" })).ToBeVisibleAsync(Visible);
        var after = await evening.Console.RunAndWaitForDownloadAsync(() => closed.GetByRole(AriaRole.Button, new() { Name = "QR-Karten drucken für Bänke" }).ClickAsync());

        var text = await PdfTextAsync(after);
        Assert.Contains("Bänke", text, StringComparison.Ordinal);
        Assert.Contains("Heinz", text, StringComparison.Ordinal);
    }

    private static async Task<string> PdfTextAsync(IDownload download)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>An assembly in its project-groups phase with one topic and one group, open on a laptop's console.</summary>
    private sealed class GroupsEvening(IBrowserContext laptop, IPage console, FacilitatorDriver facilitator, Guid groupId, string groupName) : IAsyncDisposable
    {
        public IPage Console => console;

        public FacilitatorDriver Facilitator => facilitator;

        public Guid GroupId => groupId;

        public ILocator Card => console.Locator("article.group-card").Filter(new() { HasText = groupName });

        public static async Task<GroupsEvening> OpenAsync(BrowserHost host, string groupName, int? maxSize = null)
        {
            var created = await AssemblyApi.CreateAsync(host.Host, AssemblyApi.Request() with { GroupMinSize = maxSize is null ? null : 1, GroupMaxSize = maxSize });
            var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
            await facilitator.AdvanceToAsync(Phase.TopicCollection);
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Bänke am Platz", null));
            await facilitator.AdvanceToAsync(Phase.ProjectGroups);
            var group = Guid.NewGuid();
            await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, groupName, null));
            var laptop = await host.NewDeviceAsync(phone: false);
            var console = await laptop.NewPageAsync();
            await console.GotoAsync(created.FacilitatorUrl);
            var evening = new GroupsEvening(laptop, console, facilitator, group, groupName);
            await Expect(evening.Card).ToBeVisibleAsync(Visible);
            return evening;
        }

        public async ValueTask DisposeAsync()
        {
            await laptop.DisposeAsync();
            await facilitator.DisposeAsync();
        }
    }
}
