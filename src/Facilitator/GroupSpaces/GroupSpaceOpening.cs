using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// Opens the spaces of a closed assembly's groups and draws their members' links: the first time a link is handed out
/// (a member's phone after the close, or the console printing the paper members' cards). A space nobody holds a link
/// to could never be reached, so none is made for a group that nobody asks for (decision 0018). Opening twice finds
/// the first space: its id is derived from the assembly and the group.
/// </summary>
public sealed class GroupSpaceOpening(LiveAssemblies assemblies, LiveGroupSpaces spaces, IGroupSpaceLinks links)
{
    /// <summary>One group's space and its members' links, by the participant each member was that evening.</summary>
    public sealed record OpenedSpace(Guid GroupId, Guid SpaceId, string Name, IReadOnlyList<OpenedMember> Members);

    public sealed record OpenedMember(Guid ParticipantId, string Name, bool OnPaper, string Token);

    /// <summary>The spaces of every group with members, opened now where they were not yet; empty unless the assembly is closed.</summary>
    public async Task<IReadOnlyList<OpenedSpace>> OpenAllAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        var plans = await assemblies.ReadAsync(assemblyId, (assembly, _) => assembly.State.Phase == Phase.Closed ? Plan(assemblyId, assembly.State) : null, cancellationToken) ?? [];
        var opened = new List<OpenedSpace>();
        foreach (var plan in plans)
        {
            var decision = await spaces.ExecuteAsync(plan.Command.SpaceId, null, plan.Command, cancellationToken);
            if (!decision.IsAccepted && decision.Refusal!.Code != RefusalCode.GroupSpaceAlreadyOpened)
            {
                continue;
            }

            opened.Add(await DrawLinksAsync(assemblyId, plan, cancellationToken));
        }

        return opened;
    }

    /// <summary>
    /// One group's space and its members' links for the paper cards: after the close opened as above; during the evening
    /// (the groups phase) only the links are drawn, and the space opens when the first of them is used after the close
    /// (<see cref="OpenAllAsync"/> from the member's page). Null for a group the assembly does not have, or one without members.
    /// </summary>
    public async Task<OpenedSpace?> LinksOfGroupAsync(Guid assemblyId, Guid groupId, CancellationToken cancellationToken = default)
    {
        var reading = await assemblies.ReadAsync(assemblyId, (assembly, _) => new Reading(assembly.State.Phase == Phase.Closed, Plan(assemblyId, assembly.State)), cancellationToken);
        if (reading is { Closed: true })
        {
            return (await OpenAllAsync(assemblyId, cancellationToken)).FirstOrDefault(s => s.GroupId == groupId);
        }

        var plan = reading?.Plans.FirstOrDefault(p => p.GroupId == groupId);
        return plan is null ? null : await DrawLinksAsync(assemblyId, plan, cancellationToken);
    }

    /// <summary>The private link of <paramref name="participantId"/>'s group space, opening it if need be; null when they are in no group or the evening is not closed.</summary>
    public async Task<string?> LinkOfAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default)
    {
        if (await links.FindByParticipantAsync(assemblyId, participantId, cancellationToken) is { } known)
        {
            return known;
        }

        var opened = await OpenAllAsync(assemblyId, cancellationToken);
        return opened.SelectMany(s => s.Members).FirstOrDefault(m => m.ParticipantId == participantId)?.Token;
    }

    private sealed record Reading(bool Closed, List<SpacePlan> Plans);

    private sealed record SpacePlan(Guid GroupId, OpenGroupSpace Command, IReadOnlyList<(Guid ParticipantId, SpaceMember Member)> Members);

    private async Task<OpenedSpace> DrawLinksAsync(Guid assemblyId, SpacePlan plan, CancellationToken cancellationToken)
    {
        var members = new List<OpenedMember>();
        foreach (var (participantId, member) in plan.Members)
        {
            var token = await links.GetOrCreateMemberAsync(plan.Command.SpaceId, member.MemberId, assemblyId, participantId, cancellationToken);
            members.Add(new OpenedMember(participantId, member.Name, member.OnPaper, token));
        }

        return new OpenedSpace(plan.GroupId, plan.Command.SpaceId, plan.Command.Profile.Name, members);
    }

    private static List<SpacePlan> Plan(Guid assemblyId, AssemblyState state)
    {
        var plans = new List<SpacePlan>();
        foreach (var group in state.Groups.Where(g => g.Members.Count > 0))
        {
            var spaceId = GroupSpaceIds.For(assemblyId, group.Id);
            var members = group.Members
                .Select(id => state.FindParticipant(id))
                .OfType<Engine.Participants.Participant>()
                .Select(p => (p.Id, new SpaceMember(GroupSpaceIds.MemberOf(spaceId, p.Id), p.ShownName ?? string.Empty, p.Channel == Channel.Paper)))
                .ToList();
            var profile = group.Profile;
            var command = new OpenGroupSpace(
                GroupSpaceIds.MemberOf(spaceId, Guid.Empty),
                spaceId,
                state.Title,
                state.StartsAt ?? state.LastEventAt,
                new SpaceProfile(profile.Name, profile.Problem, profile.Goals, profile.Indicators, null, null, profile.SupportNeeded, null),
                FirstStepLines.Of(profile.FirstSteps, SpaceLimits.StepText),
                profile.NextMeetingAt,
                profile.NextMeetingPlace,
                [.. members.Select(m => m.Item2)]);
            plans.Add(new SpacePlan(group.Id, command, members));
        }

        return plans;
    }
}
