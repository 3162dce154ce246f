using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.FollowUps;

/// <summary>
/// Reads a closed assembly's groups for its follow-up: name, problem, goals, first steps (one per line, as the group
/// space makes them; a group that was itself carried over keeps its steps and how its last report ticked them) and
/// the names its members used. The evening's contact stays behind: whoever typed it did not choose to share it onwards.
/// </summary>
public sealed class ClosedAssemblySource(LiveAssemblies assemblies) : IFollowUpSource
{
    public Task<FollowUpImport?> ReadAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        assemblies.ReadAsync(assemblyId, (assembly, _) => ImportOf(assembly.State), cancellationToken);

    private static FollowUpImport? ImportOf(AssemblyState state)
    {
        if (state.Phase != Phase.Closed)
        {
            return null;
        }

        var heldAt = state.StartsAt ?? state.PhaseHistory.FirstOrDefault()?.At ?? state.LastEventAt;
        var groups = state.Groups.Take(FollowUpLimits.MaxGroups).Select(g => new CarriedGroup(
            Guid.NewGuid(),
            g.Profile.Name,
            g.Profile.Problem,
            g.Profile.Goals,
            StepsOf(g),
            [.. g.Members.Select(state.FindParticipant).Select(p => p?.ShownName).OfType<string>().Take(FollowUpLimits.MaxMembers)]));
        return new FollowUpImport(new FollowUpOrigin(state.Id, state.Title, heldAt), state.Place, state.Format, [.. groups]);
    }

    private static List<CarriedStep> StepsOf(ProjectGroup group) => group.LastTime is { } last
        ? [.. last.Steps.Select((s, i) => s with { Done = group.Status?.StepsDone.Contains(i) ?? s.Done })]
        : [.. FirstStepLines.Of(group.Profile.FirstSteps, FollowUpLimits.StepText).Take(FollowUpLimits.MaxSteps).Select(s => new CarriedStep(s, false))];
}
