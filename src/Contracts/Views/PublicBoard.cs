namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// What everyone may see: the projector shows it whole, phones show it beside their own part.
/// Nothing here tells who voted for what. <see cref="JoinCodeVisible"/> is for the projector: whether the
/// facilitator wants the join QR code and code on the wall. <see cref="Wall"/>, the clustering wall's layout, only
/// in the clustering phase (the phones' boards stay small the rest of the evening).
/// <see cref="ProjectorSecondLanguage"/>, the tag of the language the projector shows beside its own, if the
/// facilitator chose one. <see cref="Speakers"/>, the speakers'
/// list, only while it is open or someone still waits or speaks.
/// </summary>
public sealed record PublicBoard(
    Guid AssemblyId,
    long Version,
    string Title,
    string? Place,
    DateTimeOffset? StartsAt,
    AssemblyFormat Format,
    string TemplateId,
    Phase Phase,
    IReadOnlyList<Phase> Phases,
    LocalizedTextView? Prompt,
    TimerView Timer,
    ParticipantCounts Participants,
    MoodBoard CheckIn,
    MoodBoard CheckOut,
    IReadOnlyList<TopicCard> Topics,
    IReadOnlyList<ClusterCard> Clusters,
    VotingStatus Voting,
    ResultsBoard? Results,
    IReadOnlyList<GroupCard> Groups,
    bool JoinCodeVisible,
    WallView? Wall = null,
    string? ProjectorSecondLanguage = null,
    SpeakersBoard? Speakers = null);
