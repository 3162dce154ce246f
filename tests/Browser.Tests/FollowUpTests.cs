using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// Issue 18's follow-up: an evening closes, a member keeps the group's space going a month later, then the closed
/// evening's console opens the follow-up, which carries the group over; on her phone the member picks "my group"
/// and reports its status, and the follow-up's console shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FollowUpTests(BrowserHost browsers)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task An_evening_closes_a_month_later_its_follow_up_carries_the_group_and_shows_the_status_a_member_reports()
    {
        using var host = new ShiftedClockHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var device = await browsers.NewDeviceAsync(server: host.BaseAddress);
        var phone = await device.NewPageAsync();
        await JoinAsync(phone, created.JoinCode);

        // The evening, quickly: a topic on paper, a group with two first steps that Ayşe joins, the close.
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.AddPaperTopicAsync(Guid.NewGuid(), "Ein Frühstück im Hof");
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        var group = Guid.NewGuid();
        await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, "Hof-Frühstück", null));
        await facilitator.DoAsync(new UpdateGroupProfile(Guid.NewGuid(), group, GroupProfile.Named("Hof-Frühstück") with { FirstSteps = "Hausverwaltung fragen\nTische leihen" }));
        var assemblies = host.Services.GetRequiredService<LiveAssemblies>();
        var ayse = (await assemblies.ReadAsync(created.AssemblyId, (a, _) => a.State.Participants.Single()))!.Id;
        Assert.True((await assemblies.ExecuteAsync(created.AssemblyId, new JoinProjectGroup(Guid.NewGuid(), ayse, group), Actor.Participant(ayse))).IsAccepted);
        await facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        // Next month Ayşe opens the group's space and adds a date.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gruppenraum öffnen" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Diesen Link gut aufheben" })).ToBeVisibleAsync(Visible);
        host.Clock.Pass(TimeSpan.FromDays(31));
        await phone.ReloadAsync();
        var meeting = host.Clock.GetUtcNow().AddDays(3);
        await phone.GetByLabel("Datum und Uhrzeit").FillAsync($"{meeting:yyyy-MM-dd}T19:00");
        await phone.GetByLabel("Ort oder Link").FillAsync("Nachbarschaftshaus, Saal 2");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Treffen eintragen" }).ClickAsync();
        await Expect(phone.GetByText("Nachbarschaftshaus, Saal 2").First).ToBeVisibleAsync(Visible);

        // The closed evening's console opens the follow-up, with the evening's group in it.
        await using var laptop = await browsers.NewDeviceAsync(phone: false, server: host.BaseAddress);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        await console.GetByRole(AriaRole.Button, new() { Name = "Folgetreffen anlegen" }).ClickAsync();
        await console.GetByRole(AriaRole.Link, new() { Name = "Konsole des Folgetreffens öffnen" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Folgetreffen: Offene Versammlung Nordstadt" })).ToBeVisibleAsync(Visible);
        var followUp = Guid.Parse(new Uri(console.Url).Segments.Last().TrimEnd('/'));
        while ((await assemblies.ReadAsync(followUp, (a, _) => a.State.Phase.ToString())) != nameof(Phase.ProjectGroups))
        {
            Assert.True((await assemblies.ExecuteAsync(followUp, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance), Actor.Facilitator)).IsAccepted);
        }

        // On her phone Ayşe joins the follow-up, finds last time's group and picks it as hers, then reports.
        var join = (await host.Services.GetRequiredService<JoinDetailsReader>().ReadAsync(followUp, host.BaseAddress.ToString()))!;
        await JoinAsync(phone, join.Code);
        await Expect(phone.GetByText("Letztes Mal: Offene Versammlung Nordstadt")).ToBeVisibleAsync(Visible);
        await Expect(phone.GetByText("Dabei waren: Ayşe")).ToBeVisibleAsync(Visible);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Meine Gruppe: Hof-Frühstück" }).ClickAsync();
        await Expect(phone.GetByText("Du bist in dieser Gruppe.")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("hängt fest").CheckAsync();
        await phone.GetByLabel("Hausverwaltung fragen").CheckAsync();
        await phone.GetByLabel("Kurz gesagt (freiwillig)").FillAsync("Die Tische fehlen noch.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Stand melden" }).ClickAsync();
        await Expect(phone.GetByText("Stand heute: hängt fest")).ToBeVisibleAsync(Visible);
        await Expect(phone.GetByText("1 von 2 Schritten erledigt")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(phone, "followup-phone");

        await Expect(console.GetByText("Stand heute: hängt fest")).ToBeVisibleAsync(Visible);
        await Expect(console.GetByText("Erledigte Schritte: damals 0, jetzt 1 von 2")).ToBeVisibleAsync(Visible);
        await Expect(console.GetByText("Jemand aus der Gruppe ist mit dem Handy da: Die Gruppe meldet ihren Stand selbst.")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "followup-console");
    }

    private static async Task JoinAsync(IPage phone, string code)
    {
        await phone.GotoAsync($"join/{code}");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Dein Name (freiwillig)").FillAsync("Ayşe");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
    }
}
