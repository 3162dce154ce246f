using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Snapshots;

/// <summary>
/// An assembly's whole state at one version, as stored beside its events (docs/decisions/0022-snapshots.md).
/// Every key is stored format: never reused or moved; a changed shape raises <see cref="SnapshotFormat.Version"/>.
/// The template, invitation, group profiles, carried groups and their reports, mood words and phase changes are stored in the shapes their
/// events store them in.
/// </summary>
[MessagePackObject]
public sealed record AssemblySnapshot(
    [property: Key(0)] long Version,
    [property: Key(1)] DateTimeOffset LastEventAt,
    [property: Key(2)] bool IsCreated,
    [property: Key(3)] Guid Id,
    [property: Key(4)] string Title,
    [property: Key(5)] string? Place,
    [property: Key(6)] DateTimeOffset? StartsAt,
    [property: Key(7)] AssemblyFormat Format,
    [property: Key(8)] AssemblyTemplate Template,
    [property: Key(9)] Phase Phase,
    [property: Key(10)] TimerSnapshot Timer,
    [property: Key(11)] bool JoinCodeVisible,
    [property: Key(12)] Door Door,
    [property: Key(13)] string? ProjectorSecondLanguage,
    [property: Key(14)] Announcement? Announcement,
    [property: Key(15)] HeadcountSnapshot? Headcount,
    [property: Key(16)] int RetentionDays,
    [property: Key(17)] IReadOnlyList<ParticipantSnapshot> Participants,
    [property: Key(18)] IReadOnlyList<KeyValuePair<string, Guid>> ParticipantsByDevice,
    [property: Key(19)] IReadOnlyList<KnockSnapshot> Knocks,
    [property: Key(20)] IReadOnlyList<string> TurnedAwayDevices,
    [property: Key(21)] IReadOnlyList<KeyValuePair<string, int>> NamesByLookAlike,
    [property: Key(22)] IReadOnlyList<TopicSnapshot> Topics,
    [property: Key(23)] IReadOnlyList<ClusterSnapshot> Clusters,
    [property: Key(24)] IReadOnlyList<GroupSnapshot> Groups,
    [property: Key(25)] byte[] HandledCommands,
    [property: Key(26)] IReadOnlyList<PhaseChanged> PhaseChanges,
    [property: Key(27)] int NextTopicNumber,
    [property: Key(28)] IReadOnlyList<RoundSnapshot> Rounds,
    [property: Key(29)] SpeakersSnapshot Speakers,
    [property: Key(30)] IReadOnlyList<RecommendationSnapshot> Recommendations,
    [property: Key(31)] FollowUpOrigin? FollowUpOf);
