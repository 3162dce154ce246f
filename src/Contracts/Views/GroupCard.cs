using System.Text.Json.Serialization;

namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// A project group as the room sees it. Members without a pseudonym are counted but not named. A group carried over
/// into a follow-up has its <see cref="Progress"/> since last time (left out of the JSON of every other group).
/// </summary>
public sealed record GroupCard(
    Guid Id,
    int Number,
    Guid? TopicId,
    GroupProfileView Profile,
    int MemberCount,
    IReadOnlyList<string> MemberNames,
    int MinSize,
    int MaxSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GroupProgress? Progress = null);
