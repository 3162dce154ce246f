using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>A project group's own space after the evening, on a member's phone, a month later; and its public profile.</summary>
[Collection(BrowserCollection.Name)]
public class GroupSpaceTests(BrowserHost browsers)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task An_evening_closes_a_member_opens_the_group_space_next_month_keeps_it_and_publishes_its_profile()
    {
        using var host = new ShiftedClockHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var device = await browsers.NewDeviceAsync(server: host.BaseAddress);
        var phone = await device.NewPageAsync();
        await phone.GotoAsync($"join/{created.JoinCode}");
        await Expect(phone.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Dein Name (freiwillig)").FillAsync("Ayşe");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(Visible);

        // The evening, quickly: a topic on paper, a group for it that Ayşe joins, the close.
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await facilitator.AddPaperTopicAsync(Guid.NewGuid(), "Ein Frühstück im Hof");
        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        var group = Guid.NewGuid();
        await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, "Hof-Frühstück", null));
        var assemblies = host.Services.GetRequiredService<LiveAssemblies>();
        var ayse = (await assemblies.ReadAsync(created.AssemblyId, (a, _) => a.State.Participants.Single()))!.Id;
        Assert.True((await assemblies.ExecuteAsync(created.AssemblyId, new JoinProjectGroup(Guid.NewGuid(), ayse, group), Actor.Participant(ayse))).IsAccepted);
        await facilitator.ChangePhaseAsync(PhaseTrigger.Close);

        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Euer Gruppenraum" })).ToBeVisibleAsync(Visible);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gruppenraum öffnen" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Diesen Link gut aufheben" })).ToBeVisibleAsync(Visible);
        var spaceAddress = phone.Url;

        // A month later, on the same link.
        host.Clock.Pass(TimeSpan.FromDays(31));
        await phone.GotoAsync(spaceAddress);
        await phone.GetByLabel("Neuer Schritt").FillAsync("Hausverwaltung fragen");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Schritt hinzufügen" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "„Hausverwaltung fragen“ abhaken" }).ClickAsync();
        await Expect(phone.GetByText("✓ erledigt")).ToBeVisibleAsync(Visible);
        var meeting = host.Clock.GetUtcNow().AddDays(10);
        await phone.GetByLabel("Datum und Uhrzeit").FillAsync($"{meeting:yyyy-MM-dd}T19:00");
        await phone.GetByLabel("Ort oder Link").FillAsync("Café Eck, Marktstraße 4");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Treffen eintragen" }).ClickAsync();
        await Expect(phone.GetByText("Café Eck, Marktstraße 4").First).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Was ist seit dem letzten Mal passiert?").FillAsync("Die Hausverwaltung sagt ja. Tische gibt es im Keller.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Eintragen", Exact = true }).ClickAsync();
        await Expect(phone.GetByText("Die Hausverwaltung sagt ja. Tische gibt es im Keller.")).ToBeVisibleAsync(Visible);
        await phone.GetByLabel("Dein Kontakt für die anderen").FillAsync("ayse@example.org");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Kontakt speichern" }).ClickAsync();
        await Expect(phone.GetByText("ayse@example.org", new() { Exact = true })).ToBeVisibleAsync(Visible);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Öffentliches Profil einschalten" }).ClickAsync();
        var publicLink = phone.GetByRole(AriaRole.Link, new() { Name = "Link zum öffentlichen Profil" });
        await Expect(publicLink).ToBeVisibleAsync(Visible);
        await phone.EvaluateAsync("() => window.scrollTo(0, 0)");
        await ScreenPictures.CheckAsync(phone, "groupspace-phone");

        await publicLink.ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Hof-Frühstück" })).ToBeVisibleAsync(Visible);
        await Expect(phone.GetByText("Café Eck, Marktstraße 4")).ToBeVisibleAsync(Visible);
        var shown = await phone.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("ayse@example.org", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", shown, StringComparison.Ordinal);
        await ScreenPictures.CheckAsync(phone, "groupspace-public-phone");
    }
}
