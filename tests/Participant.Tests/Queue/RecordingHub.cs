using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Tests.Queue;

/// <summary>The hub as a list of the calls it got, each accepted.</summary>
public sealed class RecordingHub : IParticipantHub
{
    public List<string> Calls { get; } = [];

    public Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken) => throw new NotSupportedException();

    public Task<JoinResult> Resume(Guid assemblyId, string deviceToken) => throw new NotSupportedException();

    public Task<Snapshot> GetSnapshot() => throw new NotSupportedException();

    public Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word) => Record($"{nameof(CheckIn)} {commandId} {mood} {word}");

    public Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word) => Record($"{nameof(CheckOut)} {commandId} {mood} {word}");

    public Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category) =>
        Record($"{nameof(SubmitTopic)} {commandId} {topicId} {text} {category ?? "-"}");

    public Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId) => Record($"{nameof(WithdrawTopic)} {commandId} {topicId}");

    public Task<CommandResult> CastDot(Guid commandId, Guid topicId) => Record($"{nameof(CastDot)} {commandId} {topicId}");

    public Task<CommandResult> RemoveDot(Guid commandId, Guid topicId) => Record($"{nameof(RemoveDot)} {commandId} {topicId}");

    public Task<CommandResult> JoinGroup(Guid commandId, Guid groupId) => Record($"{nameof(JoinGroup)} {commandId} {groupId}");

    public Task<CommandResult> LeaveGroup(Guid commandId) => Record($"{nameof(LeaveGroup)} {commandId}");

    public Task<CommandResult> RaiseHand(Guid commandId) => Record($"{nameof(RaiseHand)} {commandId}");

    public Task<CommandResult> LowerHand(Guid commandId) => Record($"{nameof(LowerHand)} {commandId}");

    public Task<CommandResult> ReportGroupStatus(Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        Record($"{nameof(ReportGroupStatus)} {commandId} {groupId} {status} {text ?? "-"} {string.Join(',', stepsDone)}");

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        Record($"{nameof(EditTopic)} {commandId} {topicId} {text} {category ?? "-"}");

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        Record($"{nameof(UpdateGroupProfile)} {commandId} {groupId} {profile.Name} {string.Join('|', profile.Goals)} {profile.NextMeetingAt:O} {profile.Contact}");

    private Task<CommandResult> Record(string call)
    {
        Calls.Add(call);
        return Task.FromResult(new CommandResult(true, null, null, Calls.Count));
    }
}
