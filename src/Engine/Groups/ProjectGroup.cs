using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.FollowUps;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>A small group that takes a topic further, starting this evening.</summary>
public sealed class ProjectGroup(Guid id, int number, Guid? topicId, GroupProfile profile)
{
    private readonly List<Guid> _members = [];

    public Guid Id { get; } = id;

    public int Number { get; } = number;

    public Guid? TopicId { get; } = topicId;

    public GroupProfile Profile { get; internal set; } = profile;

    public IReadOnlyList<Guid> Members => _members;

    /// <summary>In a follow-up: the group as it stood last time, if it was carried over.</summary>
    public CarriedGroup? LastTime { get; internal init; }

    /// <summary>In a follow-up: the group's newest report of how it stands.</summary>
    public GroupStatusReported? Status { get; internal set; }

    internal void Add(Guid participantId) => _members.Add(participantId);

    internal void Remove(Guid participantId) => _members.Remove(participantId);
}
