using System.Security.Cryptography;
using System.Text;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Demo;

/// <summary>
/// Turns a demo script into the commands a facilitator and the neighbours would have sent, phase by
/// phase, stopping where the script says so the facilitator can take over live. Ids are derived from
/// the assembly id and the script's keys, so playing a script is deterministic.
/// </summary>
public static class DemoPlayer
{
    public static IEnumerable<(AssemblyCommand Command, Actor Actor)> Commands(DemoScript script, AssemblyTemplate template, Guid assemblyId, DateTimeOffset startsAt)
    {
        var ids = new KeyedIds(assemblyId);
        var facilitator = Actor.Facilitator;
        yield return (new CreateAssembly(ids.Command(), assemblyId, script.Title, script.Place, startsAt, script.Format, template), facilitator);

        foreach (var person in script.People)
        {
            var id = ids.Of("person", person.Key);
            yield return person.OnPaper
                ? (new AddPaperParticipant(ids.Command(), id, person.Pseudonym, person.Presence), facilitator)
                : (new JoinAssembly(ids.Command(), id, $"demo-{assemblyId:N}-{person.Key}", person.Pseudonym, person.Presence), Actor.Participant(id));
        }

        var phases = new[] { Phase.Lobby }.Concat(template.Phases.Select(p => p.Phase)).Append(Phase.Closed).ToList();
        foreach (var phase in phases.Skip(1).TakeWhile(p => phases.IndexOf(p) <= phases.IndexOf(script.StopAt)))
        {
            yield return (new ChangePhase(ids.Command(), PhaseTrigger.Advance), facilitator);
            foreach (var step in StepsIn(phase, script, ids, template, startsAt))
            {
                yield return step;
            }
        }
    }

    private static IEnumerable<(AssemblyCommand, Actor)> StepsIn(Phase phase, DemoScript script, KeyedIds ids, AssemblyTemplate template, DateTimeOffset startsAt)
    {
        var facilitator = Actor.Facilitator;
        switch (phase)
        {
            case Phase.CheckIn:
                foreach (var mood in script.CheckIns)
                {
                    yield return (new CheckIn(ids.Command(), ids.Of("person", mood.Who), mood.Mood, mood.Word), ActorFor(script, ids, mood.Who));
                }

                break;
            case Phase.TopicCollection:
                foreach (var topic in script.Topics)
                {
                    var topicId = ids.Of("topic", topic.Key);
                    yield return topic.Who is null
                        ? (new AddPaperTopic(ids.Command(), topicId, topic.Text, topic.Category), facilitator)
                        : (new SubmitTopic(ids.Command(), topicId, ids.Of("person", topic.Who), topic.Text, topic.Category), ActorFor(script, ids, topic.Who));
                    if (template.ModerateTopics && topic.Who is not null)
                    {
                        yield return (new ModerateTopic(ids.Command(), topicId, TopicVisibility.Shown), facilitator);
                    }
                }

                break;
            case Phase.Clustering:
                foreach (var cluster in script.Clusters)
                {
                    var clusterId = ids.Of("cluster", cluster.Label);
                    yield return (new NameCluster(ids.Command(), clusterId, cluster.Label), facilitator);
                    foreach (var topic in cluster.Topics)
                    {
                        yield return (new PlaceTopic(ids.Command(), ids.Of("topic", topic), clusterId), facilitator);
                    }
                }

                break;
            case Phase.DotVoting:
                foreach (var dots in script.Dots.Where(d => d.Who is not null))
                {
                    for (var i = 0; i < dots.Count; i++)
                    {
                        yield return (new CastDot(ids.Command(), ids.Of("person", dots.Who!), ids.Of("topic", dots.Topic)), ActorFor(script, ids, dots.Who!));
                    }
                }

                foreach (var dots in script.PaperDots)
                {
                    yield return (new AdjustPaperDots(ids.Command(), ids.Of("topic", dots.Topic), dots.Count), facilitator);
                }

                yield return (new RevealVotes(ids.Command()), facilitator);
                break;
            case Phase.ProjectGroups:
                foreach (var group in script.Groups)
                {
                    var groupId = ids.Of("group", group.Topic);
                    yield return (new CreateProjectGroup(ids.Command(), groupId, group.Profile.Name, ids.Of("topic", group.Topic)), facilitator);
                    foreach (var member in group.Members)
                    {
                        yield return (new JoinProjectGroup(ids.Command(), ids.Of("person", member), groupId), ActorFor(script, ids, member));
                    }

                    var profile = group.Profile;
                    yield return (new UpdateGroupProfile(ids.Command(), groupId, new GroupProfile(
                        profile.Name,
                        profile.Problem,
                        profile.Goals,
                        profile.Indicators,
                        profile.FirstSteps,
                        profile.NextMeetingInDays is { } days ? startsAt.AddDays(days) : null,
                        profile.NextMeetingPlace,
                        profile.SupportNeeded,
                        null)), facilitator);
                }

                break;
            case Phase.CheckOut:
                foreach (var mood in script.CheckOuts)
                {
                    yield return (new CheckOut(ids.Command(), ids.Of("person", mood.Who), mood.Mood, mood.Word), ActorFor(script, ids, mood.Who));
                }

                break;
        }
    }

    private static Actor ActorFor(DemoScript script, KeyedIds ids, string personKey) =>
        script.People.Single(p => p.Key == personKey).OnPaper ? Actor.Facilitator : Actor.Participant(ids.Of("person", personKey));

    private sealed class KeyedIds(Guid assemblyId)
    {
        private int _commands;

        public Guid Of(string kind, string key) => Derive($"{kind}:{key}");

        public Guid Command() => Derive($"command:{_commands++}");

        private Guid Derive(string name)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{assemblyId:N}/{name}"));
            return new Guid(hash.AsSpan(0, 16));
        }
    }
}
