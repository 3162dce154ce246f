using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>The follow-up took over last time's groups: each becomes a project group of this assembly that people can join.</summary>
[MessagePackObject]
public sealed record GroupsCarriedOver([property: Key(0)] FollowUpOrigin Origin, [property: Key(1)] IReadOnlyList<CarriedGroup> Groups) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.FollowUpOf = Origin;
        foreach (var carried in Groups)
        {
            var steps = carried.Steps.Count == 0 ? null : string.Join('\n', carried.Steps.Select(s => s.Text));
            var profile = new GroupProfile(carried.Name, carried.Problem, carried.Goals, null, steps, null, null, null, null);
            state.GroupsById.Add(carried.GroupId, new ProjectGroup(carried.GroupId, state.GroupsById.Count + 1, null, profile) { LastTime = carried });
        }
    }
}
