using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Views;

/// <summary>Derives the protocol from the state; what the protocol leaves out is decided here, in one place.</summary>
internal static class ProtocolProjection
{
    public static AssemblyProtocol Of(AssemblyState state)
    {
        var participants = state.Participants.ToList();
        var revealed = state.Votes.Rounds.TakeWhile(r => r.IsRevealed).ToList();
        var topics = state.VisibleTopics.ToList();
        var numbers = topics.ToDictionary(t => t.Id, t => t.Number);
        var clusterLabels = state.Clusters.ToDictionary(c => c.Id, c => c.Label);
        var ranking = revealed.Count == 0 ? [] : Ranking.Of(state, revealed).ToDictionary(r => r.TopicId);

        var protocolTopics = topics
            .Select(t => new ProtocolTopic(
                t.Id,
                t.Number,
                t.Text,
                t.Category,
                t.ClusterId is { } clusterId ? clusterLabels.GetValueOrDefault(clusterId) : null,
                t.Source == TopicSource.Paper,
                ranking.TryGetValue(t.Id, out var ranked) ? ranked.Rank : null,
                revealed.Select(r => r.Includes(t.Id) ? r.TotalOn(t.Id) : (int?)null).ToList(),
                revealed.Sum(r => r.PaperDotsOn(t.Id))))
            .OrderBy(t => t.Rank ?? int.MaxValue)
            .ThenBy(t => t.Number)
            .ToList();

        return new AssemblyProtocol(
            state.Id,
            state.Version,
            state.Title,
            state.Place,
            state.StartsAt,
            state.Format,
            new LocalizedTextView(state.Template.Name.Texts),
            state.Phase,
            state.PhaseHistory.FirstOrDefault(c => c.From == Phase.Lobby)?.At,
            state.Phase == Phase.Closed ? state.PhaseHistory.LastOrDefault(c => c.To == Phase.Closed)?.At : null,
            PublicProjection.CountsOf(participants),
            PublicProjection.MoodsOf(participants.Select(p => p.CheckIn)),
            PublicProjection.MoodsOf(participants.Select(p => p.CheckOut)),
            protocolTopics,
            SetAsideOf(state),
            state.Clusters
                .Select(c => new ProtocolCluster(c.Id, c.Label, topics.Where(t => t.ClusterId == c.Id).Select(t => t.Number).ToList()))
                .ToList(),
            state.Votes.Rounds
                .Select(r => new ProtocolRound(
                    r.Number,
                    r.RunOffTopics?.Select(id => numbers.GetValueOrDefault(id)).Where(n => n > 0).Order().ToList(),
                    r.DotsPerPerson,
                    r.IsRevealed,
                    r.VoterCount,
                    r.DotsUsed,
                    topics.Sum(t => r.PaperDotsOn(t.Id))))
                .ToList(),
            state.Groups
                .Select(g => new ProtocolGroup(
                    g.Id,
                    g.Number,
                    g.Profile.Name,
                    g.TopicId is { } topicId && numbers.TryGetValue(topicId, out var number) ? number : null,
                    g.Profile.Problem,
                    g.Profile.Goals,
                    g.Profile.Indicators,
                    g.Profile.FirstSteps,
                    g.Profile.NextMeetingAt,
                    g.Profile.NextMeetingPlace,
                    g.Profile.SupportNeeded,
                    g.Members.Count,
                    g.Members.Select(id => state.FindParticipant(id)?.ShownName).OfType<string>().ToList(),
                    PublicProjection.ProgressOf(state, g)))
                .ToList(),
            state.Speakers.InProtocol ? new ProtocolSpeaking(state.Speakers.Turns.Values.Sum(), state.Speakers.Turns.Count) : null,
            RecommendationsOf(state, protocolTopics));
    }

    /// <summary>The marked topics that are still on the board as the room saw it, numbered in the facilitator's order.</summary>
    private static List<ProtocolRecommendation> RecommendationsOf(AssemblyState state, List<ProtocolTopic> topics)
    {
        var byId = topics.ToDictionary(t => t.Id);
        return state.Recommendations.Items
            .Where(r => byId.ContainsKey(r.TopicId))
            .Select((r, i) => (Recommendation: r, Topic: byId[r.TopicId], Position: i + 1))
            .Select(x => new ProtocolRecommendation(x.Position, x.Topic.Id, x.Topic.Number, x.Topic.Text, x.Topic.Rank, x.Topic.Totals.Count > 0 ? x.Topic.Totals[0] : null, x.Recommendation.Sentence))
            .ToList();
    }

    /// <summary>Merged topics (once shown) with the topic they live on in, and topics the moderation hid; pending and withdrawn ones are left out.</summary>
    private static List<ProtocolSetAsideTopic> SetAsideOf(AssemblyState state) =>
        state.TopicsById.Values
            .Where(t => !t.IsWithdrawn && t.Visibility != TopicVisibility.Pending && (t.MergedInto is not null || t.Visibility == TopicVisibility.Hidden))
            .OrderBy(t => t.Number)
            .Select(t => t.MergedInto is null
                ? new ProtocolSetAsideTopic(t.Number, null, null)
                : new ProtocolSetAsideTopic(t.Number, t.Text, FinalTopicOf(state, t).Number))
            .ToList();

    /// <summary>A duplicate merged into a topic that was merged in turn lives on in the last one.</summary>
    private static Topic FinalTopicOf(AssemblyState state, Topic topic)
    {
        while (topic.MergedInto is { } into && state.TopicsById.TryGetValue(into, out var next))
        {
            topic = next;
        }

        return topic;
    }
}
