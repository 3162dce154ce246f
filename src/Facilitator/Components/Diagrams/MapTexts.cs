using Microsoft.Extensions.Localization;
using OffeneVersammlung.Facilitator.Resources;
using OffeneVersammlung.Facilitator.Screens;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>How the groups map words its boxes, the same in the printed SVG and in the console's diagram.</summary>
internal sealed class MapTexts(IStringLocalizer<DiagramTexts> l, IStringLocalizer<ScreenTexts> screen)
{
    public string TopicDetail(MapTopic topic) => topic.Rank is { } rank
        ? string.Join(" · ", topic.RunOffDots.Select(dots => l["MapTopicRunOff", dots].Value).Prepend(l["MapTopicRanked", topic.Number, rank, topic.Dots ?? 0]))
        : l["MapTopicNumber", topic.Number];

    public string TopicTitle(MapTopic topic) => $"{topic.Text} ({TopicDetail(topic)})";

    public string GroupDetail(MapGroup group)
    {
        var size = l["MapGroupSize", group.Card.MemberCount, group.Card.MinSize, group.Card.MaxSize];
        return group.Fill switch
        {
            GroupFill.UnderMin => l["MapGroupUnderMin", size],
            GroupFill.Full => l["MapGroupFull", size],
            _ => size,
        };
    }

    public string GroupTitle(MapGroup group) => $"{group.Card.Profile.Name}: {GroupDetail(group)}";

    public string MemberName(MapMember member) => PersonName.Of(member.Pseudonym, member.Number, screen);

    public string MemberTitle(MapMember member) => member.OnPaper ? l["MapOnPaper", MemberName(member)] : MemberName(member);

    public string Partner(MapGroup group) => l["MapPartner", group.SupportNeeded!];
}
