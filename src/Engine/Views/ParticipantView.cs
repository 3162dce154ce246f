using OffeneVersammlung.Engine.Participants;

namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// One participant's phone: the public board plus what is theirs alone — their own dots in the
/// open round, their topics (also those still waiting), their group with its contact line.
/// </summary>
public sealed record ParticipantView(
    PublicBoard Board,
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
    GroupProfileView? GroupProfile);
