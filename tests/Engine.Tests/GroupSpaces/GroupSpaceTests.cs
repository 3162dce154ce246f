using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Engine.Tests.GroupSpaces;

public class GroupSpaceTests
{
    private static SpaceProfile Edited(SpaceProfile profile) =>
        profile with { Status = "Läuft: zwei Treffen, ein Aushang", Partners = "Nachbarschaftshaus am Markt", OpenQuestions = "Wer hat Tische?" };

    [Fact]
    public void The_space_opens_with_its_own_copy_of_the_group_s_profile_steps_next_meeting_and_members()
    {
        var driver = new SpaceDriver();

        var view = driver.ViewOf(SpaceDriver.Ayse);

        Assert.Equal("Hof-Frühstück", view.Profile.Name);
        Assert.Equal(["Hausverwaltung fragen", "Aushang machen"], view.FirstSteps.Select(s => s.Text));
        Assert.Equal("Hof, Haus 3", Assert.Single(view.MeetingDates).Place);
        Assert.Equal(["Ayşe", "Heinz", "Mira"], view.Members.Select(m => m.Name));
        Assert.False(view.IsPublic);
        Assert.Equal(12, view.RetentionMonths);
    }

    [Fact]
    public void A_space_is_opened_once()
    {
        var driver = new SpaceDriver();

        driver.Space.Execute(
            new OpenGroupSpace(Guid.NewGuid(), SpaceDriver.SpaceId, "x", driver.Now, new SpaceProfile("x", null, [], null, null, null, null, null), [], null, null, [new SpaceMember(Guid.NewGuid(), "y", false)]),
            null,
            driver.Now).AssertRefused(RefusalCode.GroupSpaceAlreadyOpened);
    }

    [Fact]
    public void A_member_edits_the_profile_and_every_member_sees_it()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Mira, new EditSpaceProfile(Guid.NewGuid(), Edited(driver.State.Profile))).AssertAccepted();

        Assert.Equal("Nachbarschaftshaus am Markt", driver.ViewOf(SpaceDriver.Heinz).Profile.Partners);
    }

    [Fact]
    public void The_profile_refuses_a_fourth_goal_and_an_empty_name()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Ayse, new EditSpaceProfile(Guid.NewGuid(), driver.State.Profile with { Goals = ["a", "b", "c", "d"] })).AssertRefused(RefusalCode.TooManyGoals);
        driver.By(SpaceDriver.Ayse, new EditSpaceProfile(Guid.NewGuid(), driver.State.Profile with { Name = " " })).AssertRefused(RefusalCode.TextRequired);
    }

    [Fact]
    public void Someone_who_is_not_a_member_is_refused_everything()
    {
        var driver = new SpaceDriver();

        driver.By(Guid.NewGuid(), new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Ich bin fremd")).AssertRefused(RefusalCode.NotASpaceMember);
        Assert.Null(MemberSpaceView.For(driver.State, Guid.NewGuid(), driver.Now));
    }

    [Fact]
    public void A_space_that_was_never_opened_refuses_commands()
    {
        var space = new GroupSpace();

        space.Execute(new AddFirstStep(Guid.NewGuid(), Guid.NewGuid(), "x"), SpaceDriver.Ayse, DateTimeOffset.UnixEpoch).AssertRefused(RefusalCode.GroupSpaceNotOpened);
    }

    [Fact]
    public void First_steps_are_added_ticked_off_and_unticked_in_their_order()
    {
        var driver = new SpaceDriver();
        var poster = Guid.NewGuid();
        var first = driver.State.FirstSteps[0].Id;

        driver.By(SpaceDriver.Heinz, new AddFirstStep(Guid.NewGuid(), poster, "Tische leihen")).AssertAccepted();
        driver.By(SpaceDriver.Ayse, new TickFirstStep(Guid.NewGuid(), first, true)).AssertAccepted();
        driver.By(SpaceDriver.Mira, new TickFirstStep(Guid.NewGuid(), poster, true)).AssertAccepted();
        driver.By(SpaceDriver.Mira, new TickFirstStep(Guid.NewGuid(), poster, false)).AssertAccepted();

        Assert.Equal(
            [("Hausverwaltung fragen", true), ("Aushang machen", false), ("Tische leihen", false)],
            driver.ViewOf(SpaceDriver.Ayse).FirstSteps.Select(s => (s.Text, s.Done)));
    }

    [Fact]
    public void Ticking_an_unknown_step_is_refused()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Ayse, new TickFirstStep(Guid.NewGuid(), Guid.NewGuid(), true)).AssertRefused(RefusalCode.UnknownFirstStep);
    }

    [Fact]
    public void Meeting_dates_are_kept_in_time_order_and_the_next_one_is_the_first_still_ahead()
    {
        var driver = new SpaceDriver();
        var early = Guid.NewGuid();

        driver.By(SpaceDriver.Ayse, new AddMeetingDate(Guid.NewGuid(), Guid.NewGuid(), driver.Now.AddDays(40), "per Teams")).AssertAccepted();
        driver.By(SpaceDriver.Ayse, new AddMeetingDate(Guid.NewGuid(), early, driver.Now.AddDays(2), "Café Eck")).AssertAccepted();
        driver.By(SpaceDriver.Heinz, new RemoveMeetingDate(Guid.NewGuid(), early)).AssertAccepted();
        driver.Now = driver.Now.AddDays(20);

        var view = driver.ViewOf(SpaceDriver.Mira);
        Assert.Equal(["Hof, Haus 3", "per Teams"], view.MeetingDates.Select(d => d.Place));
        Assert.Equal("per Teams", view.NextDate!.Place);
    }

    [Fact]
    public void Removing_an_unknown_date_is_refused()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Ayse, new RemoveMeetingDate(Guid.NewGuid(), Guid.NewGuid())).AssertRefused(RefusalCode.UnknownMeetingDate);
    }

    [Fact]
    public void Status_entries_are_dated_by_the_time_passed_in_and_shown_newest_first_with_their_author()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Ayse, new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Hausverwaltung sagt ja")).AssertAccepted();
        driver.Now = driver.Now.AddDays(30);
        driver.By(SpaceDriver.Heinz, new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Aushang hängt")).AssertAccepted();

        var entries = driver.ViewOf(SpaceDriver.Mira).Entries;
        Assert.Equal([("Aushang hängt", "Heinz"), ("Hausverwaltung sagt ja", "Ayşe")], entries.Select(e => (e.Text, e.Author)));
        Assert.Equal(driver.Now, entries[0].At);
    }

    [Fact]
    public void A_contact_is_seen_by_members_only_and_only_when_its_owner_chose_to_share_it()
    {
        var driver = new SpaceDriver();

        driver.By(SpaceDriver.Ayse, new SetOwnContact(Guid.NewGuid(), "ayse@example.org, 0170 1234567")).AssertAccepted();

        var seenByHeinz = driver.ViewOf(SpaceDriver.Heinz).Members;
        Assert.Equal("ayse@example.org, 0170 1234567", seenByHeinz.Single(m => m.Name == "Ayşe").Contact);
        Assert.Null(seenByHeinz.Single(m => m.Name == "Mira").Contact);
        Assert.Null(MemberSpaceView.For(driver.State, Guid.NewGuid(), driver.Now));
    }

    [Fact]
    public void A_member_takes_their_contact_back_with_an_empty_text()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Ayse, new SetOwnContact(Guid.NewGuid(), "0170 1234567")).AssertAccepted();

        driver.By(SpaceDriver.Ayse, new SetOwnContact(Guid.NewGuid(), "  ")).AssertAccepted();

        Assert.Null(driver.ViewOf(SpaceDriver.Mira).Members.Single(m => m.Name == "Ayşe").Contact);
    }

    [Fact]
    public void A_member_who_left_is_refused_and_their_contact_is_gone()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Mira, new SetOwnContact(Guid.NewGuid(), "mira@example.org")).AssertAccepted();

        driver.By(SpaceDriver.Mira, new LeaveGroupSpace(Guid.NewGuid())).AssertAccepted();

        driver.By(SpaceDriver.Mira, new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "noch da?")).AssertRefused(RefusalCode.NotASpaceMember);
        Assert.Null(MemberSpaceView.For(driver.State, SpaceDriver.Mira, driver.Now));
        Assert.Equal(["Ayşe", "Heinz"], driver.ViewOf(SpaceDriver.Ayse).Members.Select(m => m.Name));
    }

    [Fact]
    public void The_last_member_cannot_leave_but_deletes_the_space_instead()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Mira, new LeaveGroupSpace(Guid.NewGuid())).AssertAccepted();
        driver.By(SpaceDriver.Heinz, new LeaveGroupSpace(Guid.NewGuid())).AssertAccepted();

        driver.By(SpaceDriver.Ayse, new LeaveGroupSpace(Guid.NewGuid())).AssertRefused(RefusalCode.LastMemberStays);
    }

    [Fact]
    public void A_repeated_command_is_applied_once()
    {
        var driver = new SpaceDriver();
        var command = new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Einmal");

        driver.By(SpaceDriver.Ayse, command).AssertAccepted();
        var again = driver.By(SpaceDriver.Ayse, command);

        Assert.True(again.WasDuplicate);
        Assert.Single(driver.ViewOf(SpaceDriver.Ayse).Entries);
    }

    [Fact]
    public void The_public_profile_is_off_until_the_members_switch_it_on_and_off_again()
    {
        var driver = new SpaceDriver();
        Assert.Null(PublicGroupProfile.Of(driver.State, driver.Now));

        driver.By(SpaceDriver.Heinz, new SetPublicProfile(Guid.NewGuid(), true)).AssertAccepted();
        Assert.Equal("Hof-Frühstück", PublicGroupProfile.Of(driver.State, driver.Now)!.Name);

        driver.By(SpaceDriver.Ayse, new SetPublicProfile(Guid.NewGuid(), false)).AssertAccepted();
        Assert.Null(PublicGroupProfile.Of(driver.State, driver.Now));
    }

    [Fact]
    public void The_public_profile_holds_no_contact_no_member_name_and_no_support_or_open_question()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Ayse, new SetOwnContact(Guid.NewGuid(), "ayse@example.org 0170 1234567")).AssertAccepted();
        driver.By(SpaceDriver.Ayse, new EditSpaceProfile(Guid.NewGuid(), Edited(driver.State.Profile))).AssertAccepted();
        driver.By(SpaceDriver.Ayse, new SetPublicProfile(Guid.NewGuid(), true)).AssertAccepted();

        var shown = System.Text.Json.JsonSerializer.Serialize(PublicGroupProfile.Of(driver.State, driver.Now));

        Assert.DoesNotContain("ayse@example.org", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("0170", shown, StringComparison.Ordinal);
        foreach (var name in new[] { "Ayşe", "Heinz", "Mira" })
        {
            Assert.DoesNotContain(name, shown, StringComparison.Ordinal);
        }

        Assert.Contains("Nachbarschaftshaus am Markt", shown, StringComparison.Ordinal);
        Assert.Contains("Hof, Haus 3", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_for_a_follow_up_names_no_member_and_carries_no_contact()
    {
        var driver = new SpaceDriver();
        driver.By(SpaceDriver.Ayse, new SetOwnContact(Guid.NewGuid(), "ayse@example.org")).AssertAccepted();
        driver.By(SpaceDriver.Heinz, new WriteStatusEntry(Guid.NewGuid(), Guid.NewGuid(), "Aushang hängt")).AssertAccepted();

        var summary = GroupSpaceSummary.Of(driver.State, driver.Now)!;
        var shown = System.Text.Json.JsonSerializer.Serialize(summary);

        Assert.Equal("Aushang hängt", Assert.Single(summary.LatestEntries).Text);
        Assert.Equal(3, summary.MemberCount);
        Assert.DoesNotContain("ayse@example.org", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Heinz", shown, StringComparison.Ordinal);
    }
}
