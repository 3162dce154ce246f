using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>
/// A carried group says how it stands: on track, stuck, done or paused, a short text, and which of last time's
/// steps are done now. A member reports from their phone; the facilitator reports for a group nobody is here
/// for on a phone (a paper group).
/// </summary>
public sealed record ReportGroupStatus(Guid CommandId, Guid GroupId, GroupStatus Status, string? Text, IReadOnlyList<int> StepsDone) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindGroup(GroupId) is not { } group)
        {
            return Refuse(RefusalCode.UnknownGroup);
        }

        var isMember = context.Actor.ParticipantId is { } id && group.Members.Contains(id);
        if ((isMember ? null : context.UnlessFacilitator()) is { } notAllowed)
        {
            return notAllowed;
        }

        if (!isMember && group.Members.Any(m => state.FindParticipant(m)?.Channel == Channel.Phone))
        {
            return Refuse(RefusalCode.GroupReportsForItself);
        }

        if (context.UnlessIn(Phase.ProjectGroups, Phase.CheckOut) is { } wrongPhase)
        {
            return wrongPhase;
        }

        if (group.LastTime is not { } lastTime)
        {
            return Refuse(RefusalCode.NotACarriedGroup);
        }

        if (!Enum.IsDefined(Status))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Status));
        }

        var steps = (StepsDone ?? []).Distinct().Order().ToList();
        if (steps.Any(s => s < 0 || s >= lastTime.Steps.Count))
        {
            return Refuse(RefusalCode.UnknownCarriedStep);
        }

        return TextRules.TryOptional(Text, TextLimits.GroupStatusText, nameof(Text), out var text, out var refusal)
            ? Accept(new GroupStatusReported(GroupId, Status, text, steps, context.Now))
            : refusal.AsDecision();
    }
}
