using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// A command the phone made and the server has not yet answered: what it is, the client-made command
/// id (the server applies an id once, so resending is safe) and what it is about. It is made by the
/// named factories and sent through <see cref="SendTo"/>, so its fields always fit its kind.
/// </summary>
public sealed record PendingCommand(
    CommandKind Kind,
    Guid CommandId,
    Guid? TopicId = null,
    Guid? GroupId = null,
    Mood? Mood = null,
    string? Text = null,
    string? Category = null,
    GroupProfile? Profile = null,
    GroupStatus? Status = null,
    IReadOnlyList<int>? Steps = null)
{
    public static PendingCommand CheckIn(Mood mood, string word) => new(CommandKind.CheckIn, Guid.NewGuid(), Mood: mood, Text: word);

    public static PendingCommand CheckOut(Mood mood, string word) => new(CommandKind.CheckOut, Guid.NewGuid(), Mood: mood, Text: word);

    public static PendingCommand SubmitTopic(Guid topicId, string text, string? category) =>
        new(CommandKind.SubmitTopic, Guid.NewGuid(), TopicId: topicId, Text: text, Category: category);

    public static PendingCommand EditTopic(Guid topicId, string text, string? category) =>
        new(CommandKind.EditTopic, Guid.NewGuid(), TopicId: topicId, Text: text, Category: category);

    public static PendingCommand WithdrawTopic(Guid topicId) => new(CommandKind.WithdrawTopic, Guid.NewGuid(), TopicId: topicId);

    public static PendingCommand CastDot(Guid topicId) => new(CommandKind.CastDot, Guid.NewGuid(), TopicId: topicId);

    public static PendingCommand RemoveDot(Guid topicId) => new(CommandKind.RemoveDot, Guid.NewGuid(), TopicId: topicId);

    public static PendingCommand JoinGroup(Guid groupId) => new(CommandKind.JoinGroup, Guid.NewGuid(), GroupId: groupId);

    public static PendingCommand LeaveGroup() => new(CommandKind.LeaveGroup, Guid.NewGuid());

    public static PendingCommand UpdateGroupProfile(Guid groupId, GroupProfile profile) =>
        new(CommandKind.UpdateGroupProfile, Guid.NewGuid(), GroupId: groupId, Profile: profile);

    public static PendingCommand ReportGroupStatus(Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        new(CommandKind.ReportGroupStatus, Guid.NewGuid(), GroupId: groupId, Text: text, Status: status, Steps: stepsDone);

    public static PendingCommand RaiseHand() => new(CommandKind.RaiseHand, Guid.NewGuid());

    public static PendingCommand LowerHand() => new(CommandKind.LowerHand, Guid.NewGuid());

    /// <summary>Whether it carries what its kind needs; an entry that does not (damaged storage) cannot be sent.</summary>
    public bool IsComplete() => Kind switch
    {
        CommandKind.CheckIn or CommandKind.CheckOut => Mood is not null && Text is not null,
        CommandKind.SubmitTopic or CommandKind.EditTopic => TopicId is not null && Text is not null,
        CommandKind.WithdrawTopic or CommandKind.CastDot or CommandKind.RemoveDot => TopicId is not null,
        CommandKind.JoinGroup => GroupId is not null,
        CommandKind.LeaveGroup or CommandKind.RaiseHand or CommandKind.LowerHand => true,
        CommandKind.UpdateGroupProfile => GroupId is not null && Profile is not null,
        CommandKind.ReportGroupStatus => GroupId is not null && Status is not null && Steps is not null,
        _ => false,
    };

    /// <summary>Sends it as the hub method of its kind, with its own id.</summary>
    public Task<CommandResult> SendTo(IParticipantHub hub) => Kind switch
    {
        CommandKind.CheckIn => hub.CheckIn(CommandId, Mood!.Value, Text!),
        CommandKind.CheckOut => hub.CheckOut(CommandId, Mood!.Value, Text!),
        CommandKind.SubmitTopic => hub.SubmitTopic(CommandId, TopicId!.Value, Text!, Category),
        CommandKind.EditTopic => hub.EditTopic(CommandId, TopicId!.Value, Text!, Category),
        CommandKind.WithdrawTopic => hub.WithdrawTopic(CommandId, TopicId!.Value),
        CommandKind.CastDot => hub.CastDot(CommandId, TopicId!.Value),
        CommandKind.RemoveDot => hub.RemoveDot(CommandId, TopicId!.Value),
        CommandKind.JoinGroup => hub.JoinGroup(CommandId, GroupId!.Value),
        CommandKind.LeaveGroup => hub.LeaveGroup(CommandId),
        CommandKind.RaiseHand => hub.RaiseHand(CommandId),
        CommandKind.LowerHand => hub.LowerHand(CommandId),
        CommandKind.UpdateGroupProfile => hub.UpdateGroupProfile(CommandId, GroupId!.Value, Profile!),
        CommandKind.ReportGroupStatus => hub.ReportGroupStatus(CommandId, GroupId!.Value, Status!.Value, Text, Steps!),
        _ => throw new InvalidOperationException($"No hub method for {Kind}."),
    };
}
