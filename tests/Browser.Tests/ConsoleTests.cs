using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

[Collection(BrowserCollection.Name)]
public partial class ConsoleTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task A_facilitator_runs_a_whole_assembly_from_the_start_page_with_a_phone_and_a_neighbour_on_paper()
    {
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync("/");
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Neue Versammlung eröffnen" })).ToBeVisibleAsync(Visible);
        await console.GetByLabel("Titel").FillAsync("Offene Versammlung im Hofkiez");
        await console.GetByLabel("Ort (oder Online-Raum)").FillAsync("Nachbarschaftshaus am Markt");
        await ScreenPictures.CheckAsync(console, "start");
        await console.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "„Offene Versammlung im Hofkiez“ ist eröffnet" })).ToBeVisibleAsync(Visible);
        var code = await console.Locator(".join-code span").InnerTextAsync();
        await ScreenPictures.CheckAsync(console, "start-opened");
        await console.GetByRole(AriaRole.Link, new() { Name = "Moderation öffnen" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Ankommen lassen" })).ToBeVisibleAsync(Visible);

        // Amal joins on her phone; Heinz has no phone and is added by the facilitator.
        await using var phone = await host.NewDeviceAsync();
        var amal = await phone.NewPageAsync();
        await amal.GotoAsync($"join/{code}");
        await Expect(amal.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await amal.GetByLabel("Dein Name (freiwillig)").FillAsync("Amal");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(console.Locator(".people").GetByText("Amal")).ToBeVisibleAsync(Visible);
        await console.GetByLabel("Name", new() { Exact = true }).FillAsync("Heinz");
        await console.GetByRole(AriaRole.Button, new() { Name = "Person ohne Handy aufnehmen" }).ClickAsync();
        await Expect(console.Locator(".people").GetByText("Heinz")).ToBeVisibleAsync(Visible);
        await console.GetByLabel("Köpfe gezählt").FillAsync("1");
        await console.GetByRole(AriaRole.Button, new() { Name = "Zahl eintragen" }).ClickAsync();
        await Expect(console.GetByText("Mehr Teilnahmen (2) als gezählte Personen (1): Hat jemand doppelt mitgemacht?")).ToBeVisibleAsync(Visible);
        await console.GetByLabel("Köpfe gezählt").FillAsync("2");
        await console.GetByRole(AriaRole.Button, new() { Name = "Zahl eintragen" }).ClickAsync();
        await Expect(console.GetByText("Mehr Teilnahmen")).ToHaveCountAsync(0);
        await ScreenPictures.CheckAsync(console, "console-lobby");
        await console.GetByRole(AriaRole.Button, new() { Name = "QR-Code verbergen" }).ClickAsync();
        await Expect(console.GetByText("QR-Code und Code sind auf dem Beamer verborgen.")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "QR-Code zeigen" }).ClickAsync();
        await Expect(console.GetByText("QR-Code und Code zum Mitmachen sind auf dem Beamer zu sehen.")).ToBeVisibleAsync(Visible);

        await AdvanceAsync(console, "Willkommen");
        await AdvanceAsync(console, "Check-in");
        await amal.GetByRole(AriaRole.Radio, new() { Name = "Gut", Exact = true }).CheckAsync();
        await amal.GetByLabel("Ein Wort dazu").FillAsync("neugierig");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();
        await console.GetByLabel("Für wen?").SelectOptionAsync(new SelectOptionValue { Label = "Heinz" });
        await console.GetByLabel("Stimmung").SelectOptionAsync(new SelectOptionValue { Label = "Sehr gut" });
        await console.GetByLabel("Ein Wort").FillAsync("gespannt");
        await console.GetByRole(AriaRole.Button, new() { Name = "Eintragen", Exact = true }).ClickAsync();
        await Expect(console.Locator(".words").GetByText("neugierig")).ToBeVisibleAsync(Visible);
        await Expect(console.Locator(".words").GetByText("gespannt")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-checkin");

        await AdvanceAsync(console, "Themen sammeln");
        await amal.GetByLabel("Dein Thema").FillAsync("Mehr Bänke am Platz");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        var paperCard = console.GetByRole(AriaRole.Region, new() { Name = "Papierkarte eintragen" });
        await paperCard.GetByLabel("Thema").FillAsync("Eine Bank an der Bushaltestelle");
        await paperCard.GetByRole(AriaRole.Button, new() { Name = "Karte hinzufügen" }).ClickAsync();
        await console.GetByLabel("Für wen?").SelectOptionAsync(new SelectOptionValue { Label = "Heinz" });
        await console.GetByRole(AriaRole.Region, new() { Name = "Ohne Handy dabei" }).GetByLabel("Thema").FillAsync("Baumscheiben bepflanzen");
        await console.GetByRole(AriaRole.Button, new() { Name = "Eintragen", Exact = true }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Themen (3 sichtbar)" })).ToBeVisibleAsync(Visible);
        await Expect(amal.GetByText("Eine Bank an der Bushaltestelle")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Thema 2 bearbeiten" }).ClickAsync();
        await console.GetByRole(AriaRole.Region, new() { Name = "Themen (3 sichtbar)" }).GetByLabel("Thema", new() { Exact = true }).FillAsync("Eine Bank an der Haltestelle Marktstraße");
        await console.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Expect(amal.GetByText("Eine Bank an der Haltestelle Marktstraße")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-topics");

        await AdvanceAsync(console, "Themen ordnen");
        await console.GetByLabel("Neuer Bereich").FillAsync("Öffentlicher Raum");
        await console.GetByRole(AriaRole.Button, new() { Name = "Bereich anlegen" }).ClickAsync();
        await Expect(amal.GetByRole(AriaRole.Heading, new() { Name = "Öffentlicher Raum" })).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "#2 Eine Bank an der Haltestelle Marktstraße" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Hierher" }).ClickAsync();
        await Expect(console.Locator(".cluster-column").Nth(1).GetByText("Eine Bank an der Haltestelle Marktstraße")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-clustering");

        // Amal puts two dots on her topic, Heinz's paper card gets two sticky dots, Heinz himself one dot on the bench.
        await AdvanceAsync(console, "Punkte vergeben");
        var addToBenches = amal.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Bänke am Platz" });
        await addToBenches.ClickAsync();
        await Expect(amal.GetByText("Du hast noch 4 von 5 Punkten.")).ToBeVisibleAsync(Visible);
        await addToBenches.ClickAsync();
        await Expect(amal.GetByText("Du hast noch 3 von 5 Punkten.")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Einen Papierpunkt mehr für Thema 3" }).ClickAsync();
        await Expect(console.GetByLabel("Thema 3: 1 Papierpunkt")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Einen Papierpunkt mehr für Thema 3" }).ClickAsync();
        await Expect(console.GetByLabel("Thema 3: 2 Papierpunkte")).ToBeVisibleAsync(Visible);
        await console.GetByLabel("Für wen?").SelectOptionAsync(new SelectOptionValue { Label = "Heinz (0 von 5 Punkten)" });
        await console.GetByRole(AriaRole.Button, new() { Name = "Einen Punkt mehr auf Thema 2" }).ClickAsync();
        await Expect(Voters(console)).ToHaveTextAsync("2 / 2");
        await ScreenPictures.CheckAsync(console, "console-voting");
        await console.GetByRole(AriaRole.Button, new() { Name = "Ergebnis aufdecken" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Ja" }).ClickAsync();

        // Two dots each on Amal's topic and the paper card: a tie the room settles in a run-off.
        await AdvanceAsync(console, "Ergebnis");
        await Expect(console.GetByText(new Regex("^Gleichstand zwischen (#1, #3|#3, #1)$"))).ToBeVisibleAsync(Visible);
        await Expect(console.GetByText("davon 2 auf Papier")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Stichwahl starten" }).ClickAsync();
        await Expect(console.GetByText(new Regex("^Wirklich eine Stichwahl zwischen (#1, #3|#3, #1) starten\\?$"))).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Ja" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Stichwahl (Runde 2)" })).ToBeVisibleAsync(Visible);
        await amal.GetByRole(AriaRole.Button, new() { Name = "Punkt geben: Mehr Bänke am Platz" }).ClickAsync();
        await Expect(Voters(console)).ToHaveTextAsync("1 / 2");
        await console.GetByRole(AriaRole.Button, new() { Name = "Ergebnis aufdecken" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Ja" }).ClickAsync();
        await AdvanceAsync(console, "Ergebnis");
        await Expect(console.Locator(".ranking li").First).ToContainTextAsync("Mehr Bänke am Platz");
        await ScreenPictures.CheckAsync(console, "console-results");
        await Expect(amal.Locator("li.result").First).ToContainTextAsync("Mehr Bänke am Platz");
        await Expect(amal.Locator("li.result").First.Locator(".run-off")).ToHaveTextAsync("Stichwahl: 1");
        await PhoneScreens.CheckAsync(amal, "results-run-off");

        await AdvanceAsync(console, "Projektgruppen");
        await console.GetByRole(AriaRole.Button, new() { Name = "Gruppen aus den Top-Themen bilden" }).ClickAsync();
        var benches = console.Locator("article.group-card").Filter(new() { HasText = "Mehr Bänke am Platz" });
        await Expect(benches).ToBeVisibleAsync(Visible);
        await benches.GetByLabel("Person ohne Handy zuordnen").SelectOptionAsync(new SelectOptionValue { Label = "Heinz" });
        await Expect(benches.Locator(".members").GetByText("Heinz")).ToBeVisibleAsync(Visible);
        await benches.GetByRole(AriaRole.Button, new() { Name = "Steckbrief bearbeiten: Mehr Bänke am Platz" }).ClickAsync();
        await benches.GetByLabel("Ziel 1").FillAsync("Drei Bänke bis zum Herbst");
        await benches.GetByLabel("Kontakt (nur für die Gruppe und die Moderation)").FillAsync("heinz@example.org");
        await benches.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Expect(benches.GetByText("Drei Bänke bis zum Herbst")).ToBeVisibleAsync(Visible);
        await Expect(amal.GetByText("Drei Bänke bis zum Herbst")).ToBeVisibleAsync(Visible);
        await Expect(amal.GetByText("heinz@example.org")).Not.ToBeVisibleAsync();
        await amal.GetByRole(AriaRole.Button, new() { Name = "In Gruppe mitmachen: Mehr Bänke am Platz" }).ClickAsync();
        await Expect(benches.GetByText("2 Personen (gut: 3–6)")).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-groups");

        await AdvanceAsync(console, "Check-out");
        await AdvanceAsync(console, "Beendet");
        await Expect(amal.GetByRole(AriaRole.Heading, new() { Name = "Danke fürs Mitmachen!" })).ToBeVisibleAsync(Visible);
        await ScreenPictures.CheckAsync(console, "console-closed");

        // The protocol to print: everything the evening decided, nothing of anyone's contact.
        var download = await console.RunAndWaitForDownloadAsync(() => console.GetByRole(AriaRole.Button, new() { Name = "Protokoll zum Drucken (HTML)" }).ClickAsync());
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
        var protocol = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Offene Versammlung im Hofkiez", protocol, StringComparison.Ordinal);
        Assert.Contains("Eine Bank an der Haltestelle Marktstraße", protocol, StringComparison.Ordinal);
        Assert.Contains("Drei Bänke bis zum Herbst", protocol, StringComparison.Ordinal);
        Assert.DoesNotContain("heinz@example.org", protocol, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_assembly_needs_a_second_tap_and_then_every_screen_lets_it_go()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);
        await using var phone = await host.NewDeviceAsync();
        var amal = await phone.NewPageAsync();
        await amal.GotoAsync($"join/{created.JoinCode}");
        await amal.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(console.Locator(".people li")).ToHaveCountAsync(1, new() { Timeout = 60_000 });

        await console.GetByLabel("Löschen nach Tagen").FillAsync("30");
        await console.GetByRole(AriaRole.Button, new() { Name = "Frist speichern" }).ClickAsync();
        await Expect(console.GetByText("Diese Versammlung wird 30 Tage nach der letzten Eingabe gelöscht.")).ToBeVisibleAsync(Visible);

        await console.GetByRole(AriaRole.Button, new() { Name = "Jetzt löschen" }).ClickAsync();
        await Expect(console.GetByText("Wirklich alles löschen?", new() { Exact = false })).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();

        await Expect(console.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Diese Versammlung gibt es nicht mehr.", new() { Timeout = 60_000 });
        await Expect(console.GetByText("Offene Versammlung Nordstadt")).ToHaveCountAsync(0);
        await using var late = await LiveClient.ConnectAsync(host.Host);
        Assert.False((await late.JoinAsync(created.JoinCode, "Spät", null)).Accepted);
    }

    [Fact]
    public async Task A_phase_step_waits_for_confirmation_and_can_be_undone()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync(created.FacilitatorUrl);

        await console.GetByRole(AriaRole.Button, new() { Name = "Weiter zu „Willkommen“" }).ClickAsync();
        await Expect(console.GetByText("Wirklich weiter zu „Willkommen“?")).ToBeVisibleAsync(Visible);
        await console.GetByRole(AriaRole.Button, new() { Name = "Abbrechen" }).ClickAsync();
        Assert.Equal(Phase.Lobby, (await facilitator.ViewAsync()).Board.Phase);

        await AdvanceAsync(console, "Willkommen");
        await console.GetByRole(AriaRole.Button, new() { Name = "Rückgängig" }).ClickAsync();
        await Expect(console.Locator(".subtitle strong")).ToHaveTextAsync("Ankommen");
        await Expect(console.GetByRole(AriaRole.Button, new() { Name = "Rückgängig" })).ToHaveCountAsync(0);

        var history = (await facilitator.ViewAsync()).History;
        Assert.Equal([PhaseTrigger.Advance, PhaseTrigger.StepBack], history.Select(s => s.Trigger));
    }

    [Fact]
    public async Task A_wrong_facilitator_link_shows_why_and_nothing_of_the_assembly()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var console = await laptop.NewPageAsync();
        await console.GotoAsync($"facilitator/{created.AssemblyId:N}#{created.ProjectorSecret}");

        await Expect(console.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dieser Moderationslink gilt nicht", new() { Timeout = 60_000 });
        await Expect(console.GetByText("Offene Versammlung Nordstadt")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(console);
    }

    [Fact]
    public async Task The_start_page_opens_an_assembly_with_the_phases_and_dots_chosen_and_keeps_its_links_on_this_device()
    {
        await using var laptop = await host.NewDeviceAsync(phone: false);
        var page = await laptop.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online-Workshop" }).CheckAsync();
        await page.GetByLabel("Titel").FillAsync("Workshop Lindenau");
        await page.GetByText("Phasen, Zeiten, Punkte und Gruppengrößen anpassen").ClickAsync();
        await page.GetByLabel("Check-in durchführen").UncheckAsync();
        await page.GetByLabel("Punkte pro Person").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versammlung eröffnen" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Moderation öffnen" });
        await Expect(link).ToBeVisibleAsync(Visible);
        var href = await link.GetAttributeAsync("href") ?? string.Empty;
        var match = FacilitatorLink().Match(href);
        Assert.True(match.Success);

        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, Guid.ParseExact(match.Groups[1].Value, "N"), match.Groups[2].Value);
        var board = (await facilitator.ViewAsync()).Board;
        Assert.Equal("Workshop Lindenau", board.Title);
        Assert.DoesNotContain(Phase.CheckIn, board.Phases);
        Assert.Equal(3, board.Voting.DotsPerPerson);

        await page.ReloadAsync();
        var mine = page.GetByRole(AriaRole.Region, new() { Name = "Meine Versammlungen auf diesem Gerät" });
        await Expect(mine.GetByText("Workshop Lindenau")).ToBeVisibleAsync(Visible);
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Moderation öffnen" })).ToHaveAttributeAsync("href", href);
    }

    private static ILocator Voters(IPage console) =>
        console.Locator(".voting .counts div").Filter(new() { HasText = "Haben abgestimmt" }).Locator("dd");

    private static async Task AdvanceAsync(IPage console, string phase)
    {
        await console.GetByRole(AriaRole.Button, new() { Name = $"Weiter zu „{phase}“" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Ja" }).ClickAsync();
        await Expect(console.Locator(".subtitle strong")).ToHaveTextAsync(phase, new() { Timeout = 60_000 });
    }

    [GeneratedRegex("/facilitator/([0-9a-f]{32})#(.+)$")]
    private static partial Regex FacilitatorLink();
}
