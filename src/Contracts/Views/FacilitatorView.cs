namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// The facilitator's console: the public board plus moderation, live totals of the hidden round,
/// everyone's participation (not their choices), the devices that joined beside the headcount the
/// facilitator recorded (more devices than people is a warning sign), the groups with their contacts, the moves,
/// the door with whoever knocks at it, the speakers' list, and the recommendations.
/// </summary>
public sealed record FacilitatorView(
    PublicBoard Board,
    IReadOnlyList<ModeratedTopic> Topics,
    IReadOnlyList<Guid> ModerationQueue,
    IReadOnlyList<ParticipantRow> Participants,
    int DevicesJoined,
    Headcount? Headcount,
    int DotsUsed,
    IReadOnlyList<GroupCard> Groups,
    IReadOnlyList<PhaseMove> Moves,
    IReadOnlyList<PhaseStep> History,
    int RetentionDays,
    Door Door,
    IReadOnlyList<KnockRow> Knocks,
    SpeakersDesk? Speakers = null,
    IReadOnlyList<RecommendationRow>? Recommendations = null)
{
    /// <summary>The assembly's recommendations in their order; none until the facilitator marks one.</summary>
    public IReadOnlyList<RecommendationRow> Recommended => Recommendations ?? [];

    /// <summary>Whether the main round was revealed: from then on topics can be recommended.</summary>
    public bool ResultsShown { get; init; }
}
