using MessagePack;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Projector;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// Something that happened to an assembly. Each event knows how it changes the state; union keys
/// are part of the stored format and must never be reused.
/// </summary>
[Union(0, typeof(AssemblyCreated))]
[Union(1, typeof(PhaseChanged))]
[Union(2, typeof(TimerStarted))]
[Union(3, typeof(TimerPaused))]
[Union(4, typeof(TimerExtended))]
[Union(5, typeof(ParticipantJoined))]
[Union(6, typeof(CheckedIn))]
[Union(7, typeof(CheckedOut))]
[Union(8, typeof(TopicSubmitted))]
[Union(9, typeof(TopicEdited))]
[Union(10, typeof(TopicWithdrawn))]
[Union(11, typeof(TopicVisibilityChanged))]
[Union(12, typeof(TopicsMerged))]
[Union(13, typeof(ClusterNamed))]
[Union(14, typeof(ClusterRemoved))]
[Union(15, typeof(TopicClustered))]
[Union(16, typeof(DotCast))]
[Union(17, typeof(DotRemoved))]
[Union(18, typeof(PaperDotsAdjusted))]
[Union(19, typeof(VotesRevealed))]
[Union(20, typeof(RunOffStarted))]
[Union(21, typeof(ProjectGroupCreated))]
[Union(22, typeof(JoinedProjectGroup))]
[Union(23, typeof(LeftProjectGroup))]
[Union(24, typeof(GroupProfileUpdated))]
[Union(25, typeof(RetentionSet))]
[Union(26, typeof(HeadcountRecorded))]
[Union(27, typeof(JoinCodeVisibilityChanged))]
[Union(28, typeof(DoorSet))]
[Union(29, typeof(KnockedAtDoor))]
[Union(30, typeof(KnockerTurnedAway))]
[Union(31, typeof(CardMoved))]
[Union(32, typeof(AreaMoved))]
[Union(33, typeof(SpeakersListSet))]
[Union(34, typeof(HandRaised))]
[Union(35, typeof(HandLowered))]
[Union(36, typeof(SpeakerMoved))]
[Union(37, typeof(SpeakerCalled))]
[Union(38, typeof(SpeakingRulesSet))]
[Union(40, typeof(AnnouncementSet))]
[Union(46, typeof(ProjectorLanguageChosen))]
[Union(55, typeof(RecommendationMarked))]
[Union(56, typeof(RecommendationUnmarked))]
[Union(57, typeof(RecommendationMoved))]
[Union(58, typeof(GroupsCarriedOver))]
[Union(59, typeof(GroupStatusReported))]
public abstract record AssemblyEvent
{
    internal abstract void ApplyTo(AssemblyState state);
}
