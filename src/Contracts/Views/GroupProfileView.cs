namespace OffeneVersammlung.Contracts.Views;

/// <summary>A group's profile as shown; <see cref="Contact"/> is filled only for the group's members and the facilitator.</summary>
public sealed record GroupProfileView(
    string Name,
    string? Problem,
    IReadOnlyList<string> Goals,
    string? Indicators,
    string? FirstSteps,
    DateTimeOffset? NextMeetingAt,
    string? NextMeetingPlace,
    string? SupportNeeded,
    string? Contact);
