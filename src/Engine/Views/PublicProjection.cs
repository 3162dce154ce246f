using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Views;

/// <summary>Derives the public board from the state. Everything private is left out here, in one place.</summary>
internal static class PublicProjection
{
    public static PublicBoard Of(AssemblyState state, DateTimeOffset now)
    {
        var participants = state.Participants.ToList();
        var round = state.Votes.Current;
        var prompt = state.Template.PlanFor(state.Phase)?.Prompt;
        return new PublicBoard(
            state.Id,
            state.Version,
            state.Title,
            state.Place,
            state.StartsAt,
            state.Format,
            state.Template.Id,
            state.Phase,
            [Phase.Lobby, .. state.Template.Phases.Select(p => p.Phase), Phase.Closed],
            prompt is null ? null : new LocalizedTextView(prompt.Texts),
            TimerOf(state, now),
            CountsOf(participants),
            MoodsOf(participants.Select(p => p.CheckIn)),
            MoodsOf(participants.Select(p => p.CheckOut)),
            state.VisibleTopics.Select(t => CardOf(state, t)).ToList(),
            state.Clusters.Select(c => new ClusterCard(c.Id, c.Label)).ToList(),
            new VotingStatus(round.Number, round.IsRunOff, round.RunOffTopics, round.DotsPerPerson, round.MaxDotsPerTopic, round.IsRevealed, round.VoterCount),
            round.IsRevealed ? ResultsOf(state) : null,
            state.Groups.Select(g => GroupOf(state, g, withContact: false)).ToList(),
            state.JoinCodeVisible,
            state.Phase == Phase.Clustering ? WallLayout.Of(state) : null,
            state.ProjectorSecondLanguage,
            SpeakersProjection.BoardOf(state, now));
    }

    public static ParticipantCounts CountsOf(IReadOnlyCollection<Participant> participants) => new(
        participants.Count,
        participants.Count(p => p.Channel != Channel.Paper && p.Presence == Presence.InRoom),
        participants.Count(p => p.Channel != Channel.Paper && p.Presence == Presence.Remote),
        participants.Count(p => p.Channel == Channel.Paper));

    public static GroupCard GroupOf(AssemblyState state, ProjectGroup group, bool withContact) => new(
        group.Id,
        group.Number,
        group.TopicId,
        ProfileOf(group.Profile, withContact),
        group.Members.Count,
        group.Members.Select(id => state.FindParticipant(id)?.ShownName).OfType<string>().ToList(),
        state.Template.Groups.MinSize,
        state.Template.Groups.MaxSize,
        ProgressOf(state, group));

    /// <summary>How a carried-over group moved on since last time; null for a group of this evening.</summary>
    public static GroupProgress? ProgressOf(AssemblyState state, ProjectGroup group)
    {
        if (group.LastTime is not { } last || state.FollowUpOf is not { } origin)
        {
            return null;
        }

        var status = group.Status;
        return new GroupProgress(
            origin.Title,
            origin.HeldAt,
            last.Members,
            [.. last.Steps.Select((s, i) => new ProgressStep(s.Text, s.Done, status?.StepsDone.Contains(i) ?? s.Done))],
            status?.Status,
            status?.Text,
            status?.At);
    }

    public static GroupProfileView ProfileOf(GroupProfile profile, bool withContact) => new(
        profile.Name,
        profile.Problem,
        profile.Goals,
        profile.Indicators,
        profile.FirstSteps,
        profile.NextMeetingAt,
        profile.NextMeetingPlace,
        profile.SupportNeeded,
        withContact ? profile.Contact : null);

    public static string? AuthorNameOf(AssemblyState state, Topic topic) =>
        topic.AuthorId is { } id ? state.FindParticipant(id)?.ShownName : null;

    private static TopicCard CardOf(AssemblyState state, Topic topic) =>
        new(topic.Id, topic.Number, topic.Text, topic.Category, topic.ClusterId, AuthorNameOf(state, topic), topic.Source == TopicSource.Paper);

    private static TimerView TimerOf(AssemblyState state, DateTimeOffset now)
    {
        var timer = state.Timer;
        var remaining = timer.Remaining(now);
        return new TimerView(
            (int)timer.Duration.TotalSeconds,
            (int)Math.Ceiling(remaining.TotalSeconds),
            timer.IsRunning,
            timer.IsRunning ? now + remaining : null);
    }

    public static MoodBoard MoodsOf(IEnumerable<MoodWord?> answers)
    {
        var given = answers.OfType<MoodWord>().ToList();
        var counts = new int[5];
        foreach (var answer in given)
        {
            counts[(int)answer.Mood - 1]++;
        }

        var words = given
            .GroupBy(a => a.Word, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new WordCount(g.First().Word, g.Count()))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.Word, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new MoodBoard(given.Count, counts, words);
    }

    private static ResultsBoard ResultsOf(AssemblyState state)
    {
        var ranking = Ranking.Of(state);
        return new ResultsBoard(
            state.Votes.Current.Number,
            ranking.Select(r => new TopicResult(r.TopicId, r.Rank, r.Totals, r.PaperDots)).ToList(),
            Ranking.Ties(ranking));
    }
}
