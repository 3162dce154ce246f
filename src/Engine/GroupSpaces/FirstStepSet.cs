using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A first step as it now stands: added (not done yet), ticked off or unticked. One kind for the three, so the list keeps its order.</summary>
[MessagePackObject]
public sealed record FirstStepSet([property: Key(0)] Guid StepId, [property: Key(1)] string Text, [property: Key(2)] bool Done) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state)
    {
        var index = state.Steps.FindIndex(s => s.Id == StepId);
        if (index < 0)
        {
            state.Steps.Add(new FirstStep(StepId, Text, Done));
        }
        else
        {
            state.Steps[index] = new FirstStep(StepId, Text, Done);
        }
    }
}
