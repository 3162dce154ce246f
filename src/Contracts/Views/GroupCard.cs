namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// A project group as the room sees it. Members without a pseudonym are counted but not named.
/// </summary>
public sealed record GroupCard(
    Guid Id,
    int Number,
    Guid? TopicId,
    GroupProfileView Profile,
    int MemberCount,
    IReadOnlyList<string> MemberNames,
    int MinSize,
    int MaxSize);
