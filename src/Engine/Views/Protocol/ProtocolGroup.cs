namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// A project group in the protocol: its profile without the contact, how many joined and the
/// pseudonyms of those who chose one (the others are counted, not named).
/// </summary>
public sealed record ProtocolGroup(
    Guid Id,
    int Number,
    string Name,
    int? TopicNumber,
    string? Problem,
    IReadOnlyList<string> Goals,
    string? Indicators,
    string? FirstSteps,
    DateTimeOffset? NextMeetingAt,
    string? NextMeetingPlace,
    string? SupportNeeded,
    int MemberCount,
    IReadOnlyList<string> MemberNames);
