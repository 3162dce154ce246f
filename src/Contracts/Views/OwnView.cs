namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// What is one participant's alone: their own dots in the open round, their topics (also those
/// still waiting), their group with its contact line, their place on the speakers' list (1: next; null: no hand
/// raised) and whether it is their turn. Sent only to that participant.
/// </summary>
public sealed record OwnView(
    long Version,
    Guid ParticipantId,
    string? Pseudonym,
    Presence Presence,
    Channel Channel,
    MoodWordView? CheckIn,
    MoodWordView? CheckOut,
    IReadOnlyList<OwnTopic> OwnTopics,
    IReadOnlyDictionary<Guid, int> OwnDots,
    int DotsLeft,
    Guid? GroupId,
    GroupProfileView? GroupProfile,
    int? PlaceInLine = null,
    bool IsSpeaking = false);
