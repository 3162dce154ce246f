using System.Globalization;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Components.Diagrams;

namespace OffeneVersammlung.Facilitator.Components.Tests;

public class GroupsMapTests : ScreenTestContext
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public void Every_group_shows_its_size_against_the_limits()
    {
        var (evening, groups, people) = GroupsEvening();
        evening.JoinGroup(people[0], groups[0]);
        evening.JoinGroup(people[1], groups[0]);
        evening.JoinGroup(people[2], groups[0]);
        evening.JoinGroup(people[3], groups[1]);

        var map = Render(evening);

        Assert.Equal(["3 / 3–6", "1 / 3–6 · zu wenige", "0 / 3–6 · zu wenige"], map.FindAll(".ov-map-group .ov-map-detail").Select(d => d.TextContent));
        Assert.Equal(3, map.FindAll("table tbody tr").Count);
    }

    [Fact]
    public void A_group_below_its_minimum_is_marked_and_a_full_one_too()
    {
        var (evening, groups, people) = GroupsEvening(minSize: 2, maxSize: 2);
        evening.JoinGroup(people[0], groups[0]);
        evening.JoinGroup(people[1], groups[0]);
        evening.JoinGroup(people[2], groups[1]);

        var map = Render(evening);

        var boxes = map.FindAll(".ov-map-group");
        Assert.Contains("ov-map-group-full", boxes[0].ClassList);
        Assert.Equal("2 / 2–2 · voll", boxes[0].QuerySelector(".ov-map-detail")!.TextContent);
        Assert.Contains("ov-map-group-undermin", boxes[1].ClassList);
        Assert.Equal("1 / 2–2 · zu wenige", boxes[1].QuerySelector(".ov-map-detail")!.TextContent);
    }

    [Fact]
    public void Members_without_a_pseudonym_are_shown_by_their_number()
    {
        var (evening, groups, people) = GroupsEvening();
        evening.JoinGroup(people[0], groups[0]);
        evening.JoinGroup(people[1], groups[0]);

        var map = Render(evening);

        var view = evening.View;
        var anonymous = view.Participants.Single(p => p.Id == people[1]);
        Assert.Null(anonymous.Pseudonym);
        Assert.Equal(["Amal", $"Teilnehmer:in {anonymous.Number}"], map.FindAll(".ov-map-member .ov-map-label").Select(l => l.TextContent));
    }

    [Fact]
    public void People_taking_part_on_paper_carry_a_paper_mark()
    {
        var (evening, groups, people) = GroupsEvening();
        var onPaper = evening.JoinOnPaper("Frau Yılmaz");
        evening.JoinGroup(people[0], groups[0]);
        evening.JoinGroup(onPaper, groups[0], onPaper: true);

        var map = Render(evening);

        var paper = Assert.Single(map.FindAll(".ov-map-member-paper"));
        Assert.NotNull(paper.QuerySelector("path.ov-paper-mark"));
        Assert.Equal("Frau Yılmaz (auf Papier)", paper.QuerySelector("title")!.TextContent);
        Assert.Contains("Frau Yılmaz (auf Papier)", map.Find("table").TextContent);
    }

    [Fact]
    public void Support_a_group_asks_for_is_shown_as_a_partner_but_its_contact_never_appears()
    {
        var (evening, groups, people) = GroupsEvening();
        evening.JoinGroup(people[0], groups[0]);
        evening.Profile(groups[0], GroupProfile.Named("Bänke-Team") with
        {
            SupportNeeded = "Werkzeug und Holz",
            Contact = "lena.k@example.org, 0151 2345678",
        });

        var map = Render(evening);

        Assert.Equal("lena.k@example.org, 0151 2345678", evening.View.Groups.Single(g => g.Profile.Name == "Bänke-Team").Profile.Contact);
        Assert.Equal("Gesucht: Werkzeug und Holz", map.Find(".ov-map-partner text").TextContent);
        Assert.DoesNotContain("example.org", map.Markup);
        Assert.DoesNotContain("2345678", map.Markup);
    }

    [Fact]
    public void Hostile_text_is_rendered_as_text()
    {
        var evening = new Evening(Evening.Template(groupsFromTop: 1));
        var author = evening.Join(Hostile);
        evening.AdvanceTo(Phase.TopicCollection);
        var topic = evening.SubmitTopic(author, Hostile);
        evening.AdvanceTo(Phase.ProjectGroups);
        var group = evening.OpenGroup(Hostile, topic);
        evening.JoinGroup(author, group);
        evening.Profile(group, GroupProfile.Named(Hostile) with { SupportNeeded = Hostile });

        var map = Render(evening);

        Assert.DoesNotContain("<script", map.Markup);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", map.Markup);
        Assert.Equal(Hostile, map.Find(".ov-map-topic .ov-map-label").TextContent);
        Assert.Equal(Hostile, map.Find(".ov-map-member .ov-map-label").TextContent);
    }

    [Fact]
    public void A_long_group_name_is_cut_to_its_box_and_kept_whole_in_its_title_and_the_table()
    {
        const string longName = "Nachbarschaftsfest im Sommer mit Flohmarkt, Kuchenbuffet und Musik";
        var (evening, _, people) = GroupsEvening();
        var group = evening.OpenGroup(longName);
        evening.JoinGroup(people[0], group);

        var map = Render(evening);

        var box = map.FindAll(".ov-map-group").Single(g => g.QuerySelector("title")!.TextContent.StartsWith(longName, StringComparison.Ordinal));
        var label = box.QuerySelector(".ov-map-label")!.TextContent;
        Assert.EndsWith("…", label);
        Assert.StartsWith(label.TrimEnd('…'), longName, StringComparison.Ordinal);
        Assert.Contains(map.FindAll("table tbody th"), th => th.TextContent == longName);
    }

    [Fact]
    public void Without_groups_the_map_says_so_instead_of_drawing()
    {
        var evening = new Evening(Evening.Template(leaveOut: [Phase.Clustering, Phase.DotVoting, Phase.Results]));
        evening.AdvanceTo(Phase.ProjectGroups);

        var map = Render(evening);

        Assert.Empty(map.FindAll("svg"));
        Assert.Equal("Noch keine Projektgruppen.", map.Find(".ov-diagram-empty").TextContent);
    }

    [Fact]
    public void Eight_groups_with_forty_members_grow_downwards_without_overlapping()
    {
        var evening = new Evening(Evening.Template(maxSize: 6));
        var people = Enumerable.Range(1, 40).Select(i => evening.Join(i % 3 == 0 ? null : $"Nachbar:in {i}")).ToList();
        evening.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, 8).Select(i => evening.SubmitTopic(people[i], $"Thema {i}")).ToList();
        evening.AdvanceTo(Phase.ProjectGroups);
        var groups = topics.Select((t, i) => evening.OpenGroup($"Gruppe {i + 1}", t)).ToList();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            evening.JoinGroup(person, groups[i % groups.Count]);
        }

        var map = Render(evening);

        var members = map.FindAll(".ov-map-member rect").Select(r => int.Parse(r.GetAttribute("y")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(40, members.Count);
        Assert.All(members.Zip(members.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 30, $"member boxes at {pair.First} and {pair.Second} overlap"));
        var height = int.Parse(map.Find("svg").GetAttribute("height")!, CultureInfo.InvariantCulture);
        Assert.True(height >= members[^1] + 30, $"the last member at {members[^1]} lies outside the map's height {height}");
        Assert.Equal(8, map.FindAll(".ov-map-group").Count);
        Assert.Equal(8, map.FindAll(".ov-map-topic").Count);
    }

    [Fact]
    public void After_the_reveal_topics_show_their_rank_and_dots()
    {
        var evening = new Evening(Evening.Template(groupsFromTop: 2));
        var amal = evening.Join("Amal");
        var ben = evening.Join("Ben");
        evening.AdvanceTo(Phase.TopicCollection);
        var benches = evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        var playground = evening.SubmitTopic(ben, "Spielplatz reparieren");
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(amal, playground);
        evening.Dot(ben, playground);
        evening.Dot(ben, benches);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();
        evening.Move(PhaseTrigger.Advance);
        evening.SeedGroups();

        var map = Render(evening);

        Assert.Equal(["Thema 2 · Platz 1 · Punkte: 2", "Thema 1 · Platz 2 · Punkte: 1"], map.FindAll(".ov-map-topic .ov-map-detail").Select(d => d.TextContent));
    }

    [Fact]
    public void After_a_run_off_topics_keep_their_first_round_dots_and_finalists_show_the_run_off_beside_them()
    {
        var evening = Evening.AfterARunOff();
        evening.AdvanceTo(Phase.ProjectGroups);
        evening.SeedGroups();

        var map = Render(evening);

        Assert.Equal(
            ["Thema 1 · Platz 1 · Punkte: 2 · Stichwahl: 1", "Thema 2 · Platz 2 · Punkte: 2", "Thema 3 · Platz 3 · Punkte: 1"],
            map.FindAll(".ov-map-topic .ov-map-detail").Select(d => d.TextContent));
    }

    [Fact]
    public void The_map_is_an_image_with_a_summary_and_a_table_for_screen_readers()
    {
        var (evening, groups, people) = GroupsEvening();
        evening.JoinGroup(people[0], groups[0]);
        evening.JoinGroup(people[1], groups[1]);

        var map = Render(evening);

        var svg = map.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Karte der Projektgruppen: 3 Gruppen zu 3 Themen, 2 Mitglieder, 0 Partnergesuche", svg.GetAttribute("aria-label"));
        Assert.All(map.FindAll("svg g.ov-map-topic, svg g.ov-map-group, svg g.ov-map-member"), node => Assert.NotNull(node.QuerySelector("title")));
        Assert.Contains("ov-sr-only", map.Find("table").ParentElement!.ClassList);
        Assert.Equal(["Thema", "Gruppe", "Größe", "Mitglieder und Partner", "Gesuchte Unterstützung"], map.FindAll("table thead th").Select(th => th.TextContent));
    }

    /// <summary>Three topics, three groups seeded from them, four people (the second without a pseudonym) to place.</summary>
    private static (Evening Evening, IReadOnlyList<Guid> Groups, IReadOnlyList<Guid> People) GroupsEvening(int minSize = 3, int maxSize = 6)
    {
        var evening = new Evening(Evening.Template(minSize, maxSize, groupsFromTop: 3));
        var people = new[] { evening.Join("Amal"), evening.Join(), evening.Join("Chris"), evening.Join("Dana") };
        evening.AdvanceTo(Phase.TopicCollection);
        var topics = new[] { "Mehr Bänke am Platz", "Spielplatz reparieren", "Tauschregal im Hof" }.Select(t => evening.SubmitTopic(people[0], t)).ToList();
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(people[0], topics[0]);
        evening.Dot(people[0], topics[0]);
        evening.Dot(people[1], topics[1]);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();
        evening.Move(PhaseTrigger.Advance);
        return (evening, evening.SeedGroups(), people);
    }

    private IRenderedComponent<GroupsMap> Render(Evening evening) => Render<GroupsMap>(p => p.Add(m => m.View, evening.View));
}
