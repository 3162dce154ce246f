using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>A command waiting for its turn, and the place its sender waits for the outcome.</summary>
internal sealed class PendingCommand(AssemblyCommand command, Actor actor)
{
    public AssemblyCommand Command { get; } = command;

    public Actor Actor { get; } = actor;

    public TaskCompletionSource<CommandOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
