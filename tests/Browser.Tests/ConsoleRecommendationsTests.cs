using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>The console after the reveal: top topics marked as the assembly's recommendations, each with a sentence, and reordered.</summary>
[Collection(BrowserCollection.Name)]
public class ConsoleRecommendationsTests(BrowserHost host)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task The_facilitator_marks_two_topics_as_recommendations_with_a_sentence_and_puts_the_second_first()
    {
        var created = await AssemblyApi.CreateAsync(host.Host, AssemblyApi.Request("Kiezversammlung Süd"));
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        var person = Guid.NewGuid();
        await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), person, "Frau K.", Presence.InRoom));
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var (bench, breakfast) = (Guid.NewGuid(), Guid.NewGuid());
        await facilitator.AddPaperTopicAsync(bench, "Bank an der Haltestelle");
        await facilitator.AddPaperTopicAsync(breakfast, "Frühstück im Hof");
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), person, bench));
        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);
        var laptop = await host.NewDeviceAsync(phone: false);
        try
        {
            var console = await laptop.NewPageAsync();
            await console.SetViewportSizeAsync(1366, 768);
            await console.GotoAsync(created.FacilitatorUrl);
            var panel = console.GetByRole(AriaRole.Region, new() { Name = "Empfehlungen der Versammlung" });
            await Expect(panel).ToBeVisibleAsync(Visible);

            foreach (var (topic, sentence) in new[] { ("#1 Bank an der Haltestelle", "Der Bezirk stellt eine Bank auf."), ("#2 Frühstück im Hof", "Das Haus leiht Tische.") })
            {
                await panel.GetByLabel("Thema", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = topic });
                await panel.GetByLabel("Ein Satz dazu").FillAsync(sentence);
                await panel.GetByRole(AriaRole.Button, new() { Name = "Als Empfehlung markieren" }).ClickAsync();
                await Expect(panel.GetByText(sentence)).ToBeVisibleAsync(Visible);
            }

            await panel.GetByRole(AriaRole.Button, new() { Name = "Empfehlung zu Thema 2 nach oben" }).ClickAsync();

            await Expect(panel.Locator("ol.recommendation-list > li").First).ToContainTextAsync("Das Haus leiht Tische.", new() { Timeout = 30_000 });
            Assert.Equal([breakfast, bench], (await facilitator.ViewAsync()).Recommended.Select(r => r.TopicId));
            await ScreenPictures.CheckAsync(console, "console-recommendations");
        }
        finally
        {
            await laptop.DisposeAsync();
        }
    }
}
