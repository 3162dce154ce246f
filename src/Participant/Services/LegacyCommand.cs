using System.Text.Json;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// A queued command as phones stored it before the contract (queue format 1): the hub method's name,
/// the command id and the further arguments in the hub's JSON. Read once into a <see cref="PendingCommand"/>
/// with the same id, so what waited on a phone across the update is still sent, and applied once.
/// </summary>
public sealed record LegacyCommand(string Method, Guid CommandId, IReadOnlyList<JsonElement>? Arguments)
{
    /// <summary>The typed command, or null for a method no phone queued.</summary>
    public PendingCommand? ToCommand() => Method switch
    {
        nameof(IParticipantHub.CheckIn) => new(CommandKind.CheckIn, CommandId, Mood: Argument<Mood?>(0), Text: Argument<string>(1)),
        nameof(IParticipantHub.CheckOut) => new(CommandKind.CheckOut, CommandId, Mood: Argument<Mood?>(0), Text: Argument<string>(1)),
        nameof(IParticipantHub.SubmitTopic) => new(CommandKind.SubmitTopic, CommandId, TopicId: Argument<Guid?>(0), Text: Argument<string>(1), Category: Argument<string>(2)),
        nameof(IParticipantHub.EditTopic) => new(CommandKind.EditTopic, CommandId, TopicId: Argument<Guid?>(0), Text: Argument<string>(1), Category: Argument<string>(2)),
        nameof(IParticipantHub.WithdrawTopic) => new(CommandKind.WithdrawTopic, CommandId, TopicId: Argument<Guid?>(0)),
        nameof(IParticipantHub.CastDot) => new(CommandKind.CastDot, CommandId, TopicId: Argument<Guid?>(0)),
        nameof(IParticipantHub.RemoveDot) => new(CommandKind.RemoveDot, CommandId, TopicId: Argument<Guid?>(0)),
        nameof(IParticipantHub.JoinGroup) => new(CommandKind.JoinGroup, CommandId, GroupId: Argument<Guid?>(0)),
        nameof(IParticipantHub.LeaveGroup) => new(CommandKind.LeaveGroup, CommandId),
        nameof(IParticipantHub.UpdateGroupProfile) => new(CommandKind.UpdateGroupProfile, CommandId, GroupId: Argument<Guid?>(0), Profile: Argument<GroupProfile>(1)),
        _ => null,
    };

    private T? Argument<T>(int index)
    {
        if (Arguments is null || index >= Arguments.Count)
        {
            return default;
        }

        try
        {
            return Arguments[index].Deserialize<T>(Wire.Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
