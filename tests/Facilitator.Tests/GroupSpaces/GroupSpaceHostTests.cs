using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Privacy;
using OffeneVersammlung.Facilitator.Tests.Privacy;

namespace OffeneVersammlung.Facilitator.Tests.GroupSpaces;

public sealed partial class GroupSpaceHostTests
{
    private const string Email = "ayse.yilmaz@example.org";
    private const string Phone = "0170 1234567";

    [Fact]
    public async Task A_member_s_phone_is_led_to_their_own_space_after_the_close()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);

        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        var ben = await evening.LinkOfAsync(evening.BenDevice);

        Assert.NotEqual(ayse, ben);
        Assert.Equal(ayse, await evening.LinkOfAsync(evening.AyseDevice));
        var page = await evening.Http.GetStringAsync(ayse);
        Assert.Contains(ClosedEvening.GroupName, page, StringComparison.Ordinal);
        Assert.Contains("Diesen Link gut aufheben", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_phone_that_is_no_member_and_a_made_up_token_get_the_same_404()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);

        using var stranger = await evening.PostFromPhoneAsync("not-a-device-token-of-this-evening");
        using var madeUp = await evening.GetAsync("/gruppenraum/AAAAAAAAAAAAAAAAAAAAAA");
        using var malformed = await evening.GetAsync("/gruppenraum/x");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(await madeUp.Content.ReadAsStringAsync(), await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_link_of_a_member_who_left_is_refused_and_the_others_keep_theirs()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        var ben = await evening.LinkOfAsync(evening.BenDevice);

        using var left = await evening.PostFormAsync(ben, "verlassen", []);

        Assert.Equal(HttpStatusCode.SeeOther, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evening.GetAsync(ben)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evening.Http.PostAsync(ben + "/stand", new FormUrlEncodedContent(new Dictionary<string, string> { ["command"] = Guid.NewGuid().ToString("N"), ["text"] = "noch da" }))).StatusCode);
        var page = await evening.Http.GetStringAsync(ayse);
        Assert.DoesNotContain(">Ben<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_contact_is_shown_to_members_and_never_on_the_public_page_or_in_the_calendar()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        var ben = await evening.LinkOfAsync(evening.BenDevice);

        await evening.PostFormAsync(ayse, "kontakt", new() { ["contact"] = $"{Email}, {Phone}" });
        await evening.PostFormAsync(ayse, "termin", new() { ["at"] = "2026-12-17T19:00", ["place"] = "Café Eck" });
        await evening.PostFormAsync(ayse, "stand", new() { ["text"] = $"Ruft mich an: {Phone}" });
        await evening.PostFormAsync(ben, "profil", new() { ["name"] = ClosedEvening.GroupName, ["partners"] = "Nachbarschaftshaus am Markt", ["status"] = "Zwei Treffen" });
        using var switched = await evening.PostFormAsync(ben, "oeffentlich", new() { ["public"] = "true" });
        Assert.Equal(HttpStatusCode.SeeOther, switched.StatusCode);

        var membersPage = await evening.Http.GetStringAsync(ben);
        Assert.Contains(Email, membersPage, StringComparison.Ordinal);
        var publicLink = PublicLink().Match(membersPage).Groups[1].Value;
        var publicPage = await evening.Http.GetStringAsync(publicLink);
        var feed = (await evening.Http.GetStringAsync(ben + "/termine.ics")).Replace("\r\n ", string.Empty, StringComparison.Ordinal); // unfolded (RFC 5545 3.1)

        Assert.Contains("Nachbarschaftshaus am Markt", publicPage, StringComparison.Ordinal);
        Assert.Contains("Café Eck", publicPage, StringComparison.Ordinal);
        Assert.Contains("Café Eck", feed, StringComparison.Ordinal);
        foreach (var shown in new[] { publicPage, feed })
        {
            Assert.DoesNotContain(Email, shown, StringComparison.Ordinal);
            Assert.DoesNotContain("@", shown.Replace("@offene-versammlung", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("0170", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Ayşe", shown, StringComparison.Ordinal);
            Assert.DoesNotContain(">Ben<", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("/gruppenraum/", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_public_page_is_404_until_the_members_switch_it_on_and_again_when_they_switch_it_off()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        await evening.PostFormAsync(ayse, "oeffentlich", new() { ["public"] = "true" });
        var publicLink = PublicLink().Match(await evening.Http.GetStringAsync(ayse)).Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await evening.GetAsync(publicLink)).StatusCode);

        await evening.PostFormAsync(ayse, "oeffentlich", new() { ["public"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, (await evening.GetAsync(publicLink)).StatusCode);
    }

    [Fact]
    public async Task The_assembly_s_deletion_after_ninety_days_leaves_the_group_space_working()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);

        // The host's own sweeper runs on the same clock, so it may be the one that deletes it; either way it is gone.
        host.Clock.Advance(TimeSpan.FromDays(91));
        await host.Services.GetRequiredService<RetentionSweeper>().SweepAsync();

        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, evening.AssemblyId));
        using var entry = await evening.PostFormAsync(ayse, "stand", new() { ["text"] = "Drei Monate später: es läuft" });
        Assert.Equal(HttpStatusCode.SeeOther, entry.StatusCode);
        var page = await evening.Http.GetStringAsync(ayse);
        Assert.Contains(ClosedEvening.GroupName, page, StringComparison.Ordinal);
        Assert.Contains("Drei Monate später: es läuft", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sweep_deletes_a_space_twelve_months_after_its_last_entry_and_not_before()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        var sweeper = host.Services.GetRequiredService<GroupSpaceSweeper>();
        host.Clock.Advance(TimeSpan.FromDays(100));
        await evening.PostFormAsync(ayse, "stand", new() { ["text"] = "Neues" });

        host.Clock.SetUtcNow(host.Clock.GetUtcNow().AddMonths(12).AddMinutes(-1));
        await sweeper.SweepAsync();
        Assert.Equal(HttpStatusCode.OK, (await evening.GetAsync(ayse)).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await sweeper.SweepAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await evening.GetAsync(ayse)).StatusCode);
        Assert.Empty(GroupSpaceRows(host.DatabasePath));
    }

    [Fact]
    public async Task Members_delete_their_space_at_once_only_with_the_box_ticked()
    {
        using var host = new FakeClockHost();
        var evening = await ClosedEvening.CloseAsync(host);
        var ayse = await evening.LinkOfAsync(evening.AyseDevice);
        var ben = await evening.LinkOfAsync(evening.BenDevice);

        using var unconfirmed = await evening.PostFormAsync(ayse, "loeschen", []);
        Assert.Equal(HttpStatusCode.OK, (await evening.GetAsync(ayse)).StatusCode);

        using var deleted = await evening.PostFormAsync(ayse, "loeschen", new() { ["confirm"] = "ja" });

        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evening.GetAsync(ayse)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evening.GetAsync(ben)).StatusCode);
        Assert.Empty(GroupSpaceRows(host.DatabasePath));
    }

    private static List<string> GroupSpaceRows(string databasePath)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT stream_id FROM events WHERE stream_id LIKE 'groupspace-%' UNION ALL SELECT token FROM group_space_links";
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [GeneratedRegex("href=\"(https?://[^\"]*/gruppe/[^\"]+)\"")]
    private static partial Regex PublicLink();
}
