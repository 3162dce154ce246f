using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// Whose own view an event changed, so the host sends private updates only to them. Evaluated
/// after the event is applied. Null means everyone's (a run-off gives everybody a fresh dot).
/// </summary>
public static class PrivateAudience
{
    public static IReadOnlyCollection<Guid>? Of(AssemblyState state, AssemblyEvent happened) => happened switch
    {
        ParticipantJoined e => [e.ParticipantId],
        CheckedIn e => [e.ParticipantId],
        CheckedOut e => [e.ParticipantId],
        TopicSubmitted { AuthorId: { } author } => [author],
        TopicEdited e => AuthorOf(state, e.TopicId),
        TopicWithdrawn e => AuthorOf(state, e.TopicId),
        TopicVisibilityChanged e => AuthorOf(state, e.TopicId),
        TopicsMerged e => [.. AuthorOf(state, e.DuplicateTopicId), .. AuthorOf(state, e.IntoTopicId)],
        DotCast e => [e.ParticipantId],
        DotRemoved e => [e.ParticipantId],
        JoinedProjectGroup e => [e.ParticipantId],
        LeftProjectGroup e => [e.ParticipantId],
        GroupProfileUpdated e => state.FindGroup(e.GroupId)?.Members.ToList() ?? [],
        RunOffStarted => null,
        HandRaised or HandLowered or SpeakerMoved or SpeakerCalled or SpeakingRulesSet => SpeakersOf(state, happened),
        _ => [],
    };

    // A hand that comes or goes moves the places of everyone waiting; a call also ends the last speaker's turn.
    private static Guid[] SpeakersOf(AssemblyState state, AssemblyEvent happened)
    {
        var list = state.Speakers;
        IEnumerable<Guid?> touched = happened switch
        {
            HandLowered e => [e.ParticipantId],
            SpeakerCalled => [list.Current, list.LastFinished],
            _ => [],
        };
        return [.. list.Waiting.Concat(touched.OfType<Guid>()).Distinct()];
    }

    private static Guid[] AuthorOf(AssemblyState state, Guid topicId) =>
        state.TopicsById.TryGetValue(topicId, out var topic) && topic.AuthorId is { } author ? [author] : [];
}
