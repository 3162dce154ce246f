using System.Diagnostics;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>A command waiting for its turn, and the place its sender waits for the outcome.</summary>
internal sealed class PendingCommand(AssemblyCommand command, Actor actor, ActivityContext trace)
{
    /// <summary>The command's span, for the append that stores it to link to; default when nobody traces.</summary>
    public ActivityContext Trace { get; } = trace;

    public AssemblyCommand Command { get; } = command;

    public Actor Actor { get; } = actor;

    public TaskCompletionSource<CommandOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
