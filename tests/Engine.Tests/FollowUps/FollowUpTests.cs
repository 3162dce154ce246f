using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.FollowUps;

public class FollowUpTests
{
    private static readonly Guid Breakfast = Guid.NewGuid();
    private static readonly Guid Bench = Guid.NewGuid();

    [Fact]
    public void Carried_groups_become_project_groups_with_last_times_state_and_the_origin()
    {
        var driver = FollowUp();

        driver.Facilitate(CarryOver()).AssertAccepted();

        var origin = driver.State.FollowUpOf!;
        Assert.Equal("Offene Versammlung im Hofkiez", origin.Title);
        var groups = driver.State.Groups.ToList();
        Assert.Equal(["Hof-Frühstück", "Bank an der Haltestelle"], groups.Select(g => g.Profile.Name));
        Assert.Equal([Breakfast, Bench], groups.Select(g => g.Id));
        Assert.Equal([1, 2], groups.Select(g => g.Number));
        Assert.Equal("Hausverwaltung fragen\nTische leihen", groups[0].Profile.FirstSteps);
        Assert.Null(groups[0].Profile.Contact);
        Assert.Equal(["Ayşe", "Heinz"], groups[0].LastTime!.Members);
        Assert.Equal([true, false], groups[0].LastTime!.Steps.Select(s => s.Done));
        Assert.Empty(groups[0].Members);
    }

    [Fact]
    public void Groups_are_carried_over_once()
    {
        var driver = FollowUp();
        driver.Facilitate(CarryOver()).AssertAccepted();

        driver.Facilitate(CarryOver() with { Groups = [Group(Guid.NewGuid(), "Noch eine")] }).AssertRefused(RefusalCode.GroupsAlreadyCarriedOver);
    }

    [Fact]
    public void Only_the_facilitator_carries_groups_over()
    {
        var driver = FollowUp();
        var ayse = driver.Join("Ayşe");

        driver.As(ayse, CarryOver()).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Carrying_over_refuses_nothing_to_carry_a_bad_text_and_a_taken_id()
    {
        var driver = FollowUp();

        driver.Facilitate(CarryOver() with { Groups = [] }).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(CarryOver() with { Groups = [Group(Guid.NewGuid(), " ")] }).AssertRefused(RefusalCode.TextRequired);
        driver.Facilitate(CarryOver() with { Groups = [Group(Guid.NewGuid(), "Gruppe") with { Members = ["An\u200Bna"] }] }).AssertRefused(RefusalCode.TextHasControlCharacters);
        driver.Facilitate(CarryOver() with { Groups = [Group(Guid.NewGuid(), "Gruppe") with { Goals = ["a", "b", "c", "d"] }] }).AssertRefused(RefusalCode.TooManyGoals);
        driver.Facilitate(CarryOver() with { Groups = [Group(Bench, "A"), Group(Bench, "B")] }).AssertRefused(RefusalCode.DuplicateId);
        driver.Facilitate(CarryOver() with { Origin = new FollowUpOrigin(Guid.NewGuid(), "", null) }).AssertRefused(RefusalCode.TextRequired);

        Assert.Null(driver.State.FollowUpOf);
        Assert.Empty(driver.State.Groups);
    }

    [Fact]
    public void Blank_steps_and_names_are_left_behind_and_texts_are_trimmed()
    {
        var driver = FollowUp();

        driver.Facilitate(CarryOver() with { Groups = [Group(Bench, "  Bank  ") with { Steps = [new(" Bezirk anschreiben ", false), new("  ", true)], Members = ["", "Ben"] }] }).AssertAccepted();

        var carried = driver.State.FindGroup(Bench)!.LastTime!;
        Assert.Equal("Bank", carried.Name);
        Assert.Equal([new CarriedStep("Bezirk anschreiben", false)], carried.Steps);
        Assert.Equal(["Ben"], carried.Members);
    }

    [Fact]
    public void Newcomers_and_old_members_join_a_carried_group_from_their_phones()
    {
        var driver = InGroupsPhase();
        var newcomer = driver.Join("Neu");

        driver.As(newcomer, new JoinProjectGroup(Guid.NewGuid(), newcomer, Breakfast)).AssertAccepted();

        Assert.Equal([newcomer], driver.State.FindGroup(Breakfast)!.Members);
    }

    [Fact]
    public void A_member_reports_the_groups_status_and_the_newest_report_counts()
    {
        var driver = InGroupsPhase();
        var ayse = driver.Join("Ayşe");
        driver.As(ayse, new JoinProjectGroup(Guid.NewGuid(), ayse, Breakfast)).AssertAccepted();

        driver.As(ayse, new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Stuck, "Keine Antwort", [0])).AssertAccepted();
        driver.Wait(TimeSpan.FromMinutes(5));
        driver.As(ayse, new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.OnTrack, "  Tische sind da  ", [1, 0, 1])).AssertAccepted();

        var status = driver.State.FindGroup(Breakfast)!.Status!;
        Assert.Equal(GroupStatus.OnTrack, status.Status);
        Assert.Equal("Tische sind da", status.Text);
        Assert.Equal([0, 1], status.StepsDone);
        Assert.Equal(driver.Now, status.At);
    }

    [Fact]
    public void The_facilitator_reports_for_a_paper_group_but_not_for_a_group_on_phones()
    {
        var driver = InGroupsPhase();
        var heinz = driver.AddPaperParticipant("Heinz");
        driver.Facilitate(new JoinProjectGroup(Guid.NewGuid(), heinz, Breakfast)).AssertAccepted();
        var ben = driver.Join("Ben");
        driver.As(ben, new JoinProjectGroup(Guid.NewGuid(), ben, Bench)).AssertAccepted();

        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Paused, null, [])).AssertAccepted();
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Bench, GroupStatus.Done, null, [])).AssertRefused(RefusalCode.GroupReportsForItself);

        Assert.Equal(GroupStatus.Paused, driver.State.FindGroup(Breakfast)!.Status!.Status);
        Assert.Null(driver.State.FindGroup(Bench)!.Status);
    }

    [Fact]
    public void Someone_outside_the_group_cannot_report_its_status()
    {
        var driver = InGroupsPhase();
        var ben = driver.Join("Ben");
        driver.As(ben, new JoinProjectGroup(Guid.NewGuid(), ben, Bench)).AssertAccepted();

        driver.As(ben, new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, null, [])).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void A_status_report_names_a_carried_group_a_step_it_had_and_a_known_status()
    {
        var driver = InGroupsPhase();
        var fresh = Guid.NewGuid();
        driver.Facilitate(new CreateProjectGroup(Guid.NewGuid(), fresh, "Neue Gruppe", null)).AssertAccepted();

        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Guid.NewGuid(), GroupStatus.Done, null, [])).AssertRefused(RefusalCode.UnknownGroup);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), fresh, GroupStatus.Done, null, [])).AssertRefused(RefusalCode.NotACarriedGroup);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, null, [2])).AssertRefused(RefusalCode.UnknownCarriedStep);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, null, [-1])).AssertRefused(RefusalCode.UnknownCarriedStep);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, (GroupStatus)9, null, [])).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, new string('x', TextLimits.GroupStatusText + 1), [])).AssertRefused(RefusalCode.TextTooLong);
    }

    [Fact]
    public void Status_is_reported_in_the_groups_phase_and_at_check_out_only()
    {
        var driver = FollowUp();
        driver.Facilitate(CarryOver()).AssertAccepted();

        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, null, [])).AssertRefused(RefusalCode.WrongPhase);
        driver.AdvanceTo(Phase.CheckOut);
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Done, null, [])).AssertAccepted();
    }

    [Fact]
    public void A_replayed_follow_up_holds_the_same_carried_groups_and_reports()
    {
        var driver = InGroupsPhase();
        driver.Facilitate(new ReportGroupStatus(Guid.NewGuid(), Breakfast, GroupStatus.Stuck, "Warten", [1])).AssertAccepted();

        var replayed = OpenAssembly.FromHistory(driver.History).State;

        Assert.Equal(driver.State.FollowUpOf, replayed.FollowUpOf);
        Assert.Equal(driver.State.FindGroup(Breakfast)!.Status, replayed.FindGroup(Breakfast)!.Status);
        Assert.Equal(driver.State.FindGroup(Breakfast)!.LastTime, replayed.FindGroup(Breakfast)!.LastTime);
    }

    internal static CarryOverGroups CarryOver() => new(
        Guid.NewGuid(),
        new FollowUpOrigin(Guid.NewGuid(), "Offene Versammlung im Hofkiez", new DateTimeOffset(2026, 10, 25, 18, 0, 0, TimeSpan.FromHours(1))),
        [
            Group(Breakfast, "Hof-Frühstück") with { Steps = [new("Hausverwaltung fragen", true), new("Tische leihen", false)], Members = ["Ayşe", "Heinz"] },
            Group(Bench, "Bank an der Haltestelle"),
        ]);

    private static CarriedGroup Group(Guid id, string name) => new(id, name, "Die Häuser kennen sich kaum.", ["Ein Frühstück im Frühling"], [], []);

    private static AssemblyDriver FollowUp() =>
        new(TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == "folgetreffen"));

    private static AssemblyDriver InGroupsPhase()
    {
        var driver = FollowUp();
        driver.Facilitate(CarryOver()).AssertAccepted();
        driver.AdvanceTo(Phase.ProjectGroups);
        return driver;
    }
}
