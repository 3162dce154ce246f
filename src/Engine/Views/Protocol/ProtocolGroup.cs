using System.Text.Json.Serialization;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// A project group in the protocol: its profile without the contact, how many joined and the
/// pseudonyms of those who chose one (the others are counted, not named). A group carried over
/// into a follow-up has its progress since last time.
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
    IReadOnlyList<string> MemberNames,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GroupProgress? Progress = null);
