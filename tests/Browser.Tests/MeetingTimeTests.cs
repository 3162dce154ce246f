using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>A group's next meeting, typed on a phone as the clock on the wall says it, is stored as that moment.</summary>
[Collection(BrowserCollection.Name)]
public class MeetingTimeTests(BrowserHost host)
{
    [Fact]
    public async Task A_meeting_time_typed_on_a_phone_in_Berlin_is_stored_with_Berlins_offset()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceAsync(timeZone: "Europe/Berlin");
        var page = await device.NewPageAsync();
        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(PhoneScreens.Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(PhoneScreens.Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), "Mehr Bänke am Platz", null));
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        var group = Guid.NewGuid();
        await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, "Bänke", null));
        await page.GetByRole(AriaRole.Button, new() { Name = "In Gruppe mitmachen: Bänke" }).ClickAsync();
        await page.GetByText("Steckbrief der Gruppe bearbeiten").ClickAsync();
        await page.GetByLabel("Nächstes Treffen: Datum und Uhrzeit").FillAsync("2026-12-03T19:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        DateTimeOffset? Stored() => facilitator.Console.Views.MaxBy(v => v.Board.Version)?.Groups.SingleOrDefault(g => g.Id == group)?.Profile.NextMeetingAt;
        await Eventually.HoldsAsync(() => Stored() is not null, () => "the meeting time never reached the console");
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.FromHours(1)), Stored());
        Assert.Equal(TimeSpan.FromHours(1), Stored()!.Value.Offset);
    }
}
