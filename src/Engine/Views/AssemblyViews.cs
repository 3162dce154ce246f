using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;

namespace OffeneVersammlung.Engine.Views;

/// <summary>The three audiences' views, derived from the state at a given instant.</summary>
public static class AssemblyViews
{
    private static readonly PhaseTrigger[] ConsoleMoves =
        [PhaseTrigger.Advance, PhaseTrigger.StepBack, PhaseTrigger.ReopenTopicCollection, PhaseTrigger.Close];

    public static PublicBoard PublicBoard(this OpenAssembly assembly, DateTimeOffset now) => PublicProjection.Of(assembly.State, now);

    /// <summary>The participant's phone view, or null when no such participant joined.</summary>
    public static ParticipantView? ParticipantView(this OpenAssembly assembly, Guid participantId, DateTimeOffset now) =>
        assembly.OwnView(participantId) is { } own ? new ParticipantView(PublicProjection.Of(assembly.State, now), own) : null;

    /// <summary>What only this participant may see, or null when no such participant joined.</summary>
    public static OwnView? OwnView(this OpenAssembly assembly, Guid participantId)
    {
        var state = assembly.State;
        if (state.FindParticipant(participantId) is not { } me)
        {
            return null;
        }

        var round = state.Votes.Current;
        var group = me.GroupId is { } groupId ? state.FindGroup(groupId) : null;
        return new OwnView(
            state.Version,
            me.Id,
            me.Pseudonym,
            me.Presence,
            me.Channel,
            me.CheckIn is { } checkIn ? new MoodWordView(checkIn.Mood, checkIn.Word) : null,
            me.CheckOut is { } checkOut ? new MoodWordView(checkOut.Mood, checkOut.Word) : null,
            state.Topics.Where(t => t.AuthorId == me.Id).Select(t => new OwnTopic(t.Id, t.Number, t.Text, t.Category, t.Visibility)).ToList(),
            new Dictionary<Guid, int>(round.DotsByTopicOf(me.Id)),
            round.DotsPerPerson - round.DotsOf(me.Id),
            group?.Id,
            group is null ? null : PublicProjection.ProfileOf(group.Profile, withContact: true),
            state.Speakers.PlaceOf(me.Id),
            state.Speakers.Current == me.Id);
    }

    public static FacilitatorView FacilitatorView(this OpenAssembly assembly, DateTimeOffset now)
    {
        var state = assembly.State;
        var round = state.Votes.Current;
        var topics = state.Topics.ToList();
        return new FacilitatorView(
            PublicProjection.Of(state, now),
            topics.Select(t => new ModeratedTopic(
                t.Id,
                t.Number,
                t.Text,
                t.Category,
                t.ClusterId,
                t.Visibility,
                t.Source,
                PublicProjection.AuthorNameOf(state, t),
                t.MergedFrom,
                round.Includes(t.Id) ? round.TotalOn(t.Id) : 0,
                round.PaperDotsOn(t.Id))).ToList(),
            topics.Where(t => t.Visibility == TopicVisibility.Pending).Select(t => t.Id).ToList(),
            state.Participants.Select(p => new ParticipantRow(
                p.Id, p.Number, p.ShownName, p.Presence, p.Channel, p.CheckIn is not null, p.CheckOut is not null, round.DotsOf(p.Id), p.GroupId)).ToList(),
            state.Participants.Count(p => p.Channel == Channel.Phone),
            state.Headcount,
            round.DotsUsed,
            state.Groups.Select(g => PublicProjection.GroupOf(state, g, withContact: true)).ToList(),
            ConsoleMoves.Select(trigger => assembly.CanMove(trigger, out var destination, out var refusal)
                ? new PhaseMove(trigger, destination, null)
                : new PhaseMove(trigger, null, refusal?.Code)).ToList(),
            state.PhaseHistory.Select(c => new PhaseStep(c.From, c.To, c.Trigger, c.At)).ToList(),
            state.RetentionDays,
            state.Door,
            state.Knocks.Select(k => new KnockRow(k.ParticipantId, k.Pseudonym, k.Presence, k.At)).ToList(),
            SpeakersProjection.DeskOf(state, now),
            state.Recommendations.Items
                .Select(r => state.FindTopic(r.TopicId) is { } topic ? new RecommendationRow(topic.Id, topic.Number, topic.Text, r.Sentence) : null)
                .OfType<RecommendationRow>()
                .ToList())
        {
            ResultsShown = state.Votes.Rounds.Count > 0 && state.Votes.Rounds[0].IsRevealed,
        };
    }
}
