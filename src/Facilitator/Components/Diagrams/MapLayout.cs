namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>The groups map laid out in three columns: topics, groups, members and partners.</summary>
internal sealed record MapLayout(
    int Width,
    int Height,
    IReadOnlyList<MapGroup> Groups,
    IReadOnlyList<Placed<MapTopic>> TopicBoxes,
    IReadOnlyList<Placed<MapGroup>> GroupBoxes,
    IReadOnlyList<Placed<MapMember>> MemberBoxes,
    IReadOnlyList<Placed<MapGroup>> PartnerBoxes,
    IReadOnlyList<MapEdge> Edges)
{
    public const int TopicX = 24;
    public const int TopicWidth = 320;
    public const int GroupX = TopicX + TopicWidth + 80;
    public const int GroupWidth = 240;
    public const int MemberX = GroupX + GroupWidth + 80;
    public const int MemberWidth = 240;
    public const int BoxHeight = 60;
    public const int MemberHeight = 30;
    public const int HeaderY = 24;
}
