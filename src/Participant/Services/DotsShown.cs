namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// What the vote screen shows for one topic: the dots the server acknowledged plus those still
/// waiting to be sent (shown apart, so nothing looks counted before it is).
/// </summary>
public static class DotsShown
{
    public static int Waiting(IEnumerable<PendingCommand> pending, Guid topicId) =>
        pending.Sum(c => c.TopicId == topicId ? c.Kind switch { CommandKind.CastDot => 1, CommandKind.RemoveDot => -1, _ => 0 } : 0);
}
