using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// After a reveal, the facilitator lets the room decide between tied topics: a new round with one
/// dot each, limited to those topics, and the assembly goes back to voting.
/// </summary>
public sealed record StartRunOff(Guid CommandId, IReadOnlyList<Guid> TopicIds) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (!context.Phases.TryFind(PhaseTrigger.RunOff, out var destination, out var refusal))
        {
            return refusal.AsDecision();
        }

        var topics = (TopicIds ?? []).Distinct().ToList();
        if (topics.Count < 2 || topics.Any(id => state.FindTopic(id) is null))
        {
            return Refuse(RefusalCode.RunOffNeedsTiedTopics);
        }

        var ranking = Ranking.Of(state);
        var scores = topics.Select(id => ranking.FirstOrDefault(r => r.TopicId == id)?.Rank).Distinct().ToList();
        if (scores.Count != 1 || scores[0] is null)
        {
            return Refuse(RefusalCode.RunOffNeedsTiedTopics);
        }

        return Accept(
            new RunOffStarted(state.Votes.Current.Number + 1, topics),
            new PhaseChanged(state.Phase, destination, PhaseTrigger.RunOff, context.Now));
    }
}
