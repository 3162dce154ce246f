using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Participants;

namespace OffeneVersammlung.Engine.Snapshots;

/// <summary>The phase's countdown; times as ticks.</summary>
[MessagePackObject]
public sealed record TimerSnapshot([property: Key(0)] long DurationTicks, [property: Key(1)] long ElapsedBeforeStartTicks, [property: Key(2)] DateTimeOffset? RunningSince);

[MessagePackObject]
public sealed record HeadcountSnapshot([property: Key(0)] int Count, [property: Key(1)] DateTimeOffset CountedAt);

[MessagePackObject]
public sealed record ParticipantSnapshot(
    [property: Key(0)] Guid Id,
    [property: Key(1)] int Number,
    [property: Key(2)] string? Pseudonym,
    [property: Key(3)] string? ShownName,
    [property: Key(4)] Presence Presence,
    [property: Key(5)] Channel Channel,
    [property: Key(6)] string? DeviceKey,
    [property: Key(7)] MoodWord? CheckIn,
    [property: Key(8)] MoodWord? CheckOut,
    [property: Key(9)] Guid? GroupId);

[MessagePackObject]
public sealed record KnockSnapshot(
    [property: Key(0)] Guid ParticipantId,
    [property: Key(1)] string DeviceKey,
    [property: Key(2)] string? Pseudonym,
    [property: Key(3)] Presence Presence,
    [property: Key(4)] DateTimeOffset At);

/// <summary>A topic card, withdrawn and merged ones included (their ids stay taken).</summary>
[MessagePackObject]
public sealed record TopicSnapshot(
    [property: Key(0)] Guid Id,
    [property: Key(1)] int Number,
    [property: Key(2)] Guid? AuthorId,
    [property: Key(3)] string Text,
    [property: Key(4)] string? Category,
    [property: Key(5)] TopicSource Source,
    [property: Key(6)] TopicVisibility Visibility,
    [property: Key(7)] Guid? ClusterId,
    [property: Key(8)] SpotSnapshot? Spot,
    [property: Key(9)] IReadOnlyList<Guid> MergedFrom,
    [property: Key(10)] Guid? MergedInto,
    [property: Key(11)] bool IsWithdrawn);

[MessagePackObject]
public sealed record SpotSnapshot([property: Key(0)] int X, [property: Key(1)] int Y);

[MessagePackObject]
public sealed record ClusterSnapshot([property: Key(0)] Guid Id, [property: Key(1)] int Number, [property: Key(2)] string Label, [property: Key(3)] SpotSnapshot? Spot);

[MessagePackObject]
public sealed record GroupSnapshot(
    [property: Key(0)] Guid Id,
    [property: Key(1)] int Number,
    [property: Key(2)] Guid? TopicId,
    [property: Key(3)] GroupProfile Profile,
    [property: Key(4)] IReadOnlyList<Guid> Members,
    [property: Key(5)] CarriedGroup? LastTime,
    [property: Key(6)] GroupStatusReported? Status);

/// <summary>One voting round; each person's dots as (topic, count) in the order the round holds them.</summary>
[MessagePackObject]
public sealed record RoundSnapshot(
    [property: Key(0)] int Number,
    [property: Key(1)] int DotsPerPerson,
    [property: Key(2)] int MaxDotsPerTopic,
    [property: Key(3)] IReadOnlyList<Guid>? RunOffTopics,
    [property: Key(4)] bool IsRevealed,
    [property: Key(5)] IReadOnlyList<KeyValuePair<Guid, IReadOnlyList<KeyValuePair<Guid, int>>>> DotsByParticipant,
    [property: Key(6)] IReadOnlyList<KeyValuePair<Guid, int>> PaperDots);

[MessagePackObject]
public sealed record SpeakersSnapshot(
    [property: Key(0)] bool IsOpen,
    [property: Key(1)] Guid? Current,
    [property: Key(2)] DateTimeOffset? CurrentSince,
    [property: Key(3)] Guid? LastFinished,
    [property: Key(4)] int? SecondsPerSpeaker,
    [property: Key(5)] bool FirstTimeFirst,
    [property: Key(6)] bool Gong,
    [property: Key(7)] bool InProtocol,
    [property: Key(8)] IReadOnlyList<Guid> Waiting,
    [property: Key(9)] IReadOnlyList<KeyValuePair<Guid, int>> Turns);

[MessagePackObject]
public sealed record RecommendationSnapshot(
    [property: Key(0)] Guid TopicId,
    [property: Key(1)] string Sentence,
    [property: Key(2)] DateTimeOffset MarkedAt);
