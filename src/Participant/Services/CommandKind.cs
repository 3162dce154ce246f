namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The commands a phone queues. Stored as their number in localStorage, where a command may wait
/// across an update of the app: values are fixed, never reuse or move one.
/// </summary>
public enum CommandKind
{
    CheckIn = 1,
    CheckOut = 2,
    SubmitTopic = 3,
    EditTopic = 4,
    WithdrawTopic = 5,
    CastDot = 6,
    RemoveDot = 7,
    JoinGroup = 8,
    LeaveGroup = 9,
    UpdateGroupProfile = 10,
    RaiseHand = 11,
    LowerHand = 12,
    ReportGroupStatus = 13,
}
