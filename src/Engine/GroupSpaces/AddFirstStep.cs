using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

public sealed record AddFirstStep(Guid CommandId, Guid StepId, string Text) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context)
    {
        if (context.State.FirstSteps.Any(s => s.Id == StepId))
        {
            return SpaceDecision.Refuse(RefusalCode.DuplicateId, nameof(StepId));
        }

        if (context.State.FirstSteps.Count >= SpaceLimits.MaxSteps)
        {
            return SpaceDecision.Refuse(RefusalCode.GroupSpaceFull, nameof(FirstStep));
        }

        return TextRules.TryRequired(Text, SpaceLimits.StepText, nameof(Text), out var text, out var refusal)
            ? SpaceDecision.Accept(new FirstStepSet(StepId, text, false))
            : SpaceDecision.From(refusal);
    }
}
