using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The phone app on a real Chromium: it talks to nobody but its own server, and whatever people
/// type (markup, script) reaches other phones as text that never runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneSafetyTests(BrowserHost host)
{
    private const string ScriptPseudonym = "<img src=x onerror=window.__xss=1>";
    private const string ScriptTopic = "<script>window.__xss=2</script><b>fett</b>";
    private const string OtherPseudonym = "<svg onload=window.__xss=3>";
    private const string OtherTopic = "<img src=y onerror=window.__xss=4> Bänke";
    private const string GroupName = "<i>Gruppe</i><img src=z onerror=window.__xss=5>";
    private const string GroupGoal = "<iframe src=javascript:window.__xss=6></iframe>";

    private static readonly LocatorAssertionsToBeVisibleOptions Visible = PhoneScreens.Visible;

    [Fact]
    public async Task Every_request_of_the_phone_pages_goes_to_the_apps_own_origin()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var device = await host.NewDeviceAsync();
        var requests = new List<string>();
        device.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        var page = await device.NewPageAsync();
        page.WebSocket += (_, socket) =>
        {
            lock (requests)
            {
                requests.Add(socket.Url);
            }
        };

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await page.GetByLabel("Your topic").FillAsync("Mehr Licht im Park");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit topic" }).ClickAsync();
        await Expect(page.GetByText("Mehr Licht im Park").First).ToBeVisibleAsync(Visible);
        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a dot: Mehr Licht im Park" }).ClickAsync();
        await Expect(page.GetByText("You have 2 of 3 dots left.")).ToBeVisibleAsync(Visible);
        await page.ReloadAsync();
        await Expect(page.GetByText("You have 2 of 3 dots left.")).ToBeVisibleAsync(Visible);

        string[] seen;
        lock (requests)
        {
            seen = [.. requests];
        }

        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var socketOrigin = "ws" + origin[4..];
        Assert.Contains(seen, url => url.Contains("_framework/", StringComparison.Ordinal));
        Assert.Contains(seen, url => url.StartsWith(socketOrigin + "/", StringComparison.Ordinal)); // the hub, or a server-mode phone's circuit
        Assert.All(seen, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith(socketOrigin + "/", StringComparison.Ordinal)
                || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"request to another origin: {url}"));
    }

    [Fact]
    public async Task Markup_in_pseudonyms_topics_and_group_profiles_shows_as_text_and_runs_no_script()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host.Host, created);
        await using var other = await LiveClient.ParticipantAsync(host.Host, created.JoinCode, OtherPseudonym);
        await using var device = await host.NewDeviceAsync();
        var page = await device.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            Interlocked.Increment(ref dialogs);
            await dialog.DismissAsync();
        };

        await page.GotoAsync($"join/{created.JoinCode}");
        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(Visible);
        await page.GetByLabel("Dein Name (freiwillig)").FillAsync(ScriptPseudonym);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Du bist dabei als: {ScriptPseudonym}")).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        await page.GetByLabel("Dein Thema").FillAsync(ScriptTopic);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema einreichen" }).ClickAsync();
        var topic = Guid.NewGuid();
        await other.DoAsync("SubmitTopic", Guid.NewGuid(), topic, OtherTopic, null);
        await Expect(page.GetByText(ScriptTopic).First).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText(OtherTopic)).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText(OtherPseudonym).First).ToBeVisibleAsync(Visible);

        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        var group = Guid.NewGuid();
        await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, GroupName, topic));
        await other.DoAsync("JoinGroup", Guid.NewGuid(), group);
        await other.DoAsync("UpdateGroupProfile", Guid.NewGuid(), group, GroupProfile.Named(GroupName) with { Goals = [GroupGoal], Problem = ScriptTopic });
        await Expect(page.GetByText(GroupGoal)).ToBeVisibleAsync(Visible);
        await Expect(page.GetByText(GroupName).First).ToBeVisibleAsync(Visible);

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__xss ?? 0"));
        Assert.Equal(0, dialogs);
        await Expect(page.Locator("main img, main svg[onload], main script, main iframe, main b, main i")).ToHaveCountAsync(0);
    }
}
