using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using static OffeneVersammlung.Facilitator.Components.Diagrams.MapLayout;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// Lays the groups out top to bottom, each in a band as tall as its member list, so the map grows
/// in height with the room instead of shrinking its text. Topics sit level with their groups.
/// Groups follow their topic's rank (or number before the reveal); groups without a topic come last.
/// </summary>
internal static class GroupsMapLayout
{
    private const int Top = 44;
    private const int MemberPitch = MemberHeight + 6;
    private const int BandGap = 20;
    private const int Bottom = 16;

    public static MapLayout Build(FacilitatorView view)
    {
        var groups = GroupsOf(view);
        var topicBoxes = new List<Placed<MapTopic>>();
        var groupBoxes = new List<Placed<MapGroup>>();
        var memberBoxes = new List<Placed<MapMember>>();
        var partnerBoxes = new List<Placed<MapGroup>>();
        var edges = new List<MapEdge>();
        var bands = new List<(MapGroup Group, int Top, int Bottom)>();

        var y = Top;
        foreach (var group in groups)
        {
            var items = group.Members.Count + (group.SupportNeeded is null ? 0 : 1);
            var listHeight = Math.Max(0, (items * MemberPitch) - (MemberPitch - MemberHeight));
            var bandHeight = Math.Max(BoxHeight, listHeight);
            var groupBox = new Placed<MapGroup>(group, GroupX, y + ((bandHeight - BoxHeight) / 2));
            groupBoxes.Add(groupBox);
            var groupRight = new SvgPoint(GroupX + GroupWidth, groupBox.Y + (BoxHeight / 2));

            var itemY = y + ((bandHeight - listHeight) / 2);
            foreach (var member in group.Members)
            {
                memberBoxes.Add(new Placed<MapMember>(member, MemberX, itemY));
                edges.Add(new MapEdge(SvgPath.Curve(groupRight, new SvgPoint(MemberX, itemY + (MemberHeight / 2))), ToPartner: false));
                itemY += MemberPitch;
            }

            if (group.SupportNeeded is not null)
            {
                partnerBoxes.Add(new Placed<MapGroup>(group, MemberX, itemY));
                edges.Add(new MapEdge(SvgPath.Curve(groupRight, new SvgPoint(MemberX, itemY + (MemberHeight / 2))), ToPartner: true));
            }

            bands.Add((group, y, y + bandHeight));
            y += bandHeight + BandGap;
        }

        foreach (var topicBands in bands.Where(b => b.Group.Topic is not null).GroupBy(b => b.Group.Topic!.Id))
        {
            var middle = (topicBands.Min(b => b.Top) + topicBands.Max(b => b.Bottom)) / 2;
            var topic = new Placed<MapTopic>(topicBands.First().Group.Topic!, TopicX, middle - (BoxHeight / 2));
            topicBoxes.Add(topic);
            var topicRight = new SvgPoint(TopicX + TopicWidth, middle);
            foreach (var (group, _, _) in topicBands)
            {
                var box = groupBoxes.Single(b => b.Item == group);
                edges.Add(new MapEdge(SvgPath.Curve(topicRight, new SvgPoint(GroupX, box.Y + (BoxHeight / 2))), ToPartner: false));
            }
        }

        var height = groups.Count == 0 ? 0 : y - BandGap + Bottom;
        return new MapLayout(MemberX + MemberWidth + TopicX, height, groups, topicBoxes, groupBoxes, memberBoxes, partnerBoxes, edges);
    }

    private static List<MapGroup> GroupsOf(FacilitatorView view)
    {
        var board = view.Board;
        var ranking = board.Results?.Ranking.ToDictionary(r => r.TopicId) ?? [];
        var topics = board.Topics.Select(t => (t.Id, t.Number, t.Text))
            .Concat(view.Topics.Select(t => (t.Id, t.Number, t.Text)))
            .DistinctBy(t => t.Id)
            .ToDictionary(t => t.Id, t => new MapTopic(
                t.Id,
                t.Number,
                t.Text,
                ranking.TryGetValue(t.Id, out var result) ? result.Rank : null,
                ranking.TryGetValue(t.Id, out var counted) ? counted.FirstRound() : null,
                counted?.RunOffDots() ?? []));

        return board.Groups
            .Select(card => new MapGroup(
                card,
                card.TopicId is { } topicId && topics.TryGetValue(topicId, out var topic) ? topic : null,
                view.Participants
                    .Where(p => p.GroupId == card.Id)
                    .OrderBy(p => p.Number)
                    .Select(p => new MapMember(p.Number, string.IsNullOrWhiteSpace(p.Pseudonym) ? null : p.Pseudonym, p.Channel == Channel.Paper))
                    .ToList()))
            .OrderBy(g => g.Topic is null)
            .ThenBy(g => g.Topic?.Rank ?? int.MaxValue)
            .ThenBy(g => g.Topic?.Number ?? int.MaxValue)
            .ThenBy(g => g.Card.Number)
            .ToList();
    }
}
