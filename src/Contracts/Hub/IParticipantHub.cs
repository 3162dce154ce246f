namespace OffeneVersammlung.Contracts;

/// <summary>
/// The hub methods a participant's phone calls. The host's hub implements them; the phone calls them
/// through a typed proxy that names each method with <c>nameof</c>, so a renamed or reshaped method fails
/// to build on both sides instead of failing on a phone at the assembly. Every command carries the
/// client-made <c>commandId</c>: the server applies an id once, so a phone may resend it safely.
/// </summary>
public interface IParticipantHub
{
    /// <summary>Joins with the code from the wall; a known <paramref name="deviceToken"/> comes back as the same participant.</summary>
    Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken);

    /// <summary>Binds a new connection to the participant the device token belongs to.</summary>
    Task<JoinResult> Resume(Guid assemblyId, string deviceToken);

    /// <summary>The caller's whole view, for a fresh start.</summary>
    Task<Snapshot> GetSnapshot();

    Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word);

    Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word);

    Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category);

    Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId);

    Task<CommandResult> CastDot(Guid commandId, Guid topicId);

    Task<CommandResult> RemoveDot(Guid commandId, Guid topicId);

    Task<CommandResult> JoinGroup(Guid commandId, Guid groupId);

    Task<CommandResult> LeaveGroup(Guid commandId);

    /// <summary>The author edits their own topic (the facilitator may edit any).</summary>
    Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category);

    /// <summary>A member updates their group's profile (the facilitator may update any).</summary>
    Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile);

    /// <summary>A member of a group carried over into a follow-up says how it stands, and which of last time's steps are done now.</summary>
    Task<CommandResult> ReportGroupStatus(Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone);

    /// <summary>Puts the caller on the speakers' list, at the end (or, with first-time speakers first, before those who spoke).</summary>
    Task<CommandResult> RaiseHand(Guid commandId);

    /// <summary>Takes the caller's hand off the speakers' list.</summary>
    Task<CommandResult> LowerHand(Guid commandId);
}
