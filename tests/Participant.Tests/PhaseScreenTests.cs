using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

public class PhaseScreenTests : ParticipantTestContext
{
    [Fact]
    public void An_own_topic_waiting_for_the_facilitator_is_shown_as_waiting_with_labelled_edit_and_withdraw()
    {
        var pending = new OwnTopic(Guid.NewGuid(), 3, "Ampel an der Schule", null, TopicVisibility.Pending);
        var cut = Render<TopicsPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.TopicCollection))
            .Add(x => x.Own, Views.Own(3) with { OwnTopics = [pending] }));

        Assert.Equal("Wartet auf die Moderation", cut.Find(".badge-pending").TextContent);
        Assert.NotNull(cut.Find("button[aria-label='Thema ändern: Ampel an der Schule']"));
        cut.Find("button[aria-label='Thema zurückziehen: Ampel an der Schule']").Click();

        var command = Assert.Single(Services.GetRequiredService<AssemblyConnection>().Pending);
        Assert.Equal(CommandKind.WithdrawTopic, command.Kind);
        Assert.Equal(pending.Id, command.TopicId);
    }

    [Fact]
    public void Results_show_the_ranking_with_bars_and_mark_ties()
    {
        var results = new ResultsBoard(1, [new TopicResult(Views.Benches, 1, [4], 1), new TopicResult(Views.Playground, 1, [4], 0)], [[Views.Benches, Views.Playground]]);
        var cut = Render<ResultsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.Results) with { Results = results }));

        var rows = cut.FindAll("li.result");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Contains("4 Punkte", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Gleichstand", row.TextContent, StringComparison.Ordinal);
            Assert.Equal("share-100", row.QuerySelector(".bar > span")!.GetAttribute("class"));
        });
    }

    [Fact]
    public void After_a_run_off_the_bars_keep_the_first_round_and_the_run_off_dots_show_beside_the_finalists()
    {
        var third = Guid.NewGuid();
        var results = new ResultsBoard(
            2,
            [new TopicResult(Views.Benches, 1, [4, 3], 0), new TopicResult(Views.Playground, 2, [4, 1], 0), new TopicResult(third, 3, [2, 0], 0)],
            []);
        var cut = Render<ResultsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.Results) with { Results = results }));

        var rows = cut.FindAll("li.result");
        Assert.Contains("4 Punkte", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Stichwahl: 3", rows[0].QuerySelector(".run-off")!.TextContent);
        Assert.Equal("Stichwahl: 1", rows[1].QuerySelector(".run-off")!.TextContent);
        Assert.Contains("2 Punkte", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[2].QuerySelector(".run-off"));
        Assert.Equal("share-50", rows[2].QuerySelector(".bar > span")!.GetAttribute("class"));
    }

    [Fact]
    public void Results_wait_for_the_reveal()
    {
        var cut = Render<ResultsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.Results)));

        Assert.Contains("Gleich wird aufgedeckt.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("li.result"));
    }

    [Fact]
    public void A_member_sees_the_contact_and_the_profile_form_others_only_a_join_button()
    {
        var groupId = Guid.NewGuid();
        var publicProfile = new GroupProfileView("Bänke für alle", "Zu wenig Sitzplätze", ["Drei Bänke"], null, null, null, "Café Eck", null, null);
        var board = Views.Board(Phase.ProjectGroups) with { Groups = [new GroupCard(groupId, 1, Views.Benches, publicProfile, 1, ["Amal"], 1, 6)] };

        var outsider = Render<GroupsPhase>(p => p.Add(x => x.Board, board).Add(x => x.Own, Views.Own(0)));
        Assert.NotNull(outsider.Find("button[aria-label='In Gruppe mitmachen: Bänke für alle']"));
        Assert.Empty(outsider.FindAll("form"));

        var member = Render<GroupsPhase>(p => p.Add(x => x.Board, board).Add(x => x.Own, Views.Own(0) with
        {
            GroupId = groupId,
            GroupProfile = publicProfile with { Contact = "amal@example.org" },
        }));
        Assert.Contains("amal@example.org", member.Markup, StringComparison.Ordinal);
        Assert.Equal("Bänke für alle", member.Find("#gp-name").GetAttribute("value"));
        Assert.Equal(3, member.FindAll("input[id^='gp-goal-']").Count);
    }

    [Fact]
    public void A_full_group_offers_no_join_button()
    {
        var full = new GroupCard(Guid.NewGuid(), 1, null, new GroupProfileView("Voll", null, [], null, null, null, null, null, null), 2, [], 1, 2);
        var cut = Render<GroupsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.ProjectGroups) with { Groups = [full] }).Add(x => x.Own, Views.Own(0)));

        Assert.Contains("Diese Gruppe ist voll.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button[aria-label^='In Gruppe mitmachen']"));
    }
}
