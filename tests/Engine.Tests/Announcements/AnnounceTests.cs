using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Announcements;

public class AnnounceTests
{
    private static readonly DateTimeOffset FirstThursday = new(2026, 12, 3, 18, 0, 0, TimeSpan.FromHours(1));

    internal static Announce Invitation(
        string title = "Offene Versammlung im Gemeinschaftsgarten",
        DateTimeOffset? startsAt = null,
        string? onlineLink = null,
        string? phone = "030 1234567",
        IReadOnlyList<string>? rules = null,
        SeriesRule? series = null,
        Accessibility? access = null) => new(
        Guid.NewGuid(),
        title,
        startsAt ?? FirstThursday,
        "Nachbarschaftshaus, Saal 1",
        onlineLink,
        access ?? new Accessibility(true, false, true, "Rampe am Seiteneingang"),
        phone,
        rules ?? ["Wir reden nacheinander."],
        series);

    [Fact]
    public void The_facilitator_announces_the_assembly_and_its_title_date_and_place_become_the_assemblys()
    {
        var driver = new AssemblyDriver(start: FirstThursday.AddDays(-20));

        var decision = driver.Facilitate(Invitation()).AssertAccepted();

        var set = Assert.IsType<AnnouncementSet>(Assert.Single(decision.Events));
        Assert.Equal("030 1234567", set.Announcement.ContactPhone);
        Assert.Equal("Offene Versammlung im Gemeinschaftsgarten", driver.State.Title);
        Assert.Equal(FirstThursday, driver.State.StartsAt);
        Assert.Equal("Nachbarschaftshaus, Saal 1", driver.State.Place);
        Assert.Equal(new Accessibility(true, false, true, "Rampe am Seiteneingang"), driver.State.Announcement!.Access);
    }

    [Fact]
    public void Only_the_facilitator_may_announce()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join("Ayşe");

        driver.As(neighbour, Invitation()).AssertRefused(RefusalCode.NotAllowedForRole);

        Assert.Null(driver.State.Announcement);
    }

    [Fact]
    public void An_announcement_without_a_title_is_refused()
    {
        new AssemblyDriver().Facilitate(Invitation(title: "  ")).AssertRefused(RefusalCode.TextRequired);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("treffen.example.org")]
    public void An_online_link_must_be_a_web_address(string link)
    {
        new AssemblyDriver().Facilitate(Invitation(onlineLink: link)).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void A_contact_phone_number_holds_digits_and_the_usual_separators_only()
    {
        new AssemblyDriver().Facilitate(Invitation(phone: "+49 (30) 123-45/67")).AssertAccepted();
        new AssemblyDriver().Facilitate(Invitation(phone: "ruf an: 0301234")).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void Empty_house_rules_are_dropped_and_more_than_eight_are_refused()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(Invitation(rules: ["Wir reden nacheinander.", " ", "Wir sind freundlich."])).AssertAccepted();
        Assert.Equal(["Wir reden nacheinander.", "Wir sind freundlich."], driver.State.Announcement!.HouseRules);

        driver.Facilitate(Invitation(rules: [.. Enumerable.Range(1, 9).Select(i => $"Regel {i}")])).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void A_series_in_a_time_zone_nobody_knows_is_refused()
    {
        new AssemblyDriver().Facilitate(Invitation(series: new SeriesRule(Repeat.Weekly, "Mars/Olympus"))).AssertRefused(RefusalCode.ValueOutOfRange);
        new AssemblyDriver().Facilitate(Invitation(series: new SeriesRule((Repeat)9, SeriesRule.DefaultTimeZone))).AssertRefused(RefusalCode.ValueOutOfRange);
    }

    [Fact]
    public void The_invitation_may_be_changed_after_the_close()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(Invitation()).AssertAccepted();
        driver.Facilitate(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Close)).AssertAccepted();

        driver.Facilitate(Invitation(phone: "0176 5550101")).AssertAccepted();

        Assert.Equal("0176 5550101", driver.State.Announcement!.ContactPhone);
    }

    [Fact]
    public void A_replayed_assembly_has_the_same_announcement()
    {
        var driver = new AssemblyDriver();
        driver.Facilitate(Invitation(series: new SeriesRule(Repeat.MonthlyOnWeekday, SeriesRule.DefaultTimeZone))).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History);

        Assert.Equal(driver.State.Announcement, replayed.State.Announcement);
    }

    [Fact]
    public void Online_assemblies_start_with_the_online_meeting_rules_and_rooms_with_the_rooms()
    {
        Assert.Contains("Mikrofon aus, während andere sprechen.", HouseRuleDefaults.For(AssemblyFormat.Online, "de"));
        Assert.Contains("Microphone off while others speak.", HouseRuleDefaults.For(AssemblyFormat.Hybrid, "en"));
        Assert.DoesNotContain(HouseRuleDefaults.For(AssemblyFormat.InRoom, "de"), r => r.Contains("Mikrofon", StringComparison.Ordinal));
    }
}
