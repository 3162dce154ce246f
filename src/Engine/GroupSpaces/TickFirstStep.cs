using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>Ticks a first step off (<paramref name="Done"/>) or back on; ticking what is already ticked changes nothing and says nothing new.</summary>
public sealed record TickFirstStep(Guid CommandId, Guid StepId, bool Done) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context)
    {
        if (context.State.FirstSteps.FirstOrDefault(s => s.Id == StepId) is not { } step)
        {
            return SpaceDecision.Refuse(RefusalCode.UnknownFirstStep);
        }

        return step.Done == Done ? SpaceDecision.Accept() : SpaceDecision.Accept(new FirstStepSet(StepId, step.Text, Done));
    }
}
