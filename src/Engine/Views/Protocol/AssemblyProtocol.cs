using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// What the evening's protocol says. It is printed and handed round, so it holds what the room saw:
/// counts, moods and words without names, the visible topics with their results (and which were merged
/// or hidden), and the groups
/// with the pseudonyms their members chose; if the facilitator chose so, how many contributions the speakers'
/// list gave the floor to, and to how many people; the topics the facilitator marked as recommendations with their sentences. Never who voted for what, never a group's contact, never
/// who said what.
/// </summary>
public sealed record AssemblyProtocol(
    Guid AssemblyId,
    long Version,
    string Title,
    string? Place,
    DateTimeOffset? StartsAt,
    AssemblyFormat Format,
    LocalizedTextView TemplateName,
    Phase Phase,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    ParticipantCounts Participants,
    MoodBoard CheckIn,
    MoodBoard CheckOut,
    IReadOnlyList<ProtocolTopic> Topics,
    IReadOnlyList<ProtocolSetAsideTopic> SetAside,
    IReadOnlyList<ProtocolCluster> Clusters,
    IReadOnlyList<ProtocolRound> Rounds,
    IReadOnlyList<ProtocolGroup> Groups,
    ProtocolSpeaking? Speaking = null,
    IReadOnlyList<ProtocolRecommendation>? Recommendations = null)
{
    /// <summary>The recommendations in their order; none when the facilitator marked none.</summary>
    public IReadOnlyList<ProtocolRecommendation> Recommended => Recommendations ?? [];

    public bool IsClosed => Phase == Phase.Closed;

    /// <summary>Whether the main round was revealed, so the topics carry ranks and totals.</summary>
    public bool HasResults => Rounds.Count > 0 && Rounds[0].IsRevealed;

    public static AssemblyProtocol Of(AssemblyState state) => ProtocolProjection.Of(state);
}
