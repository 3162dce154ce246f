using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// What the console's parts send: every command goes in-process to the live assembly as the
/// facilitator, and the engine's refusal, if any, is kept for the console to show.
/// </summary>
public sealed class ConsoleCommands(Guid assemblyId, LiveAssemblies assemblies, Action changed)
{
    public Guid AssemblyId { get; } = assemblyId;

    /// <summary>The engine's answer to the last refused command, until the next command.</summary>
    public RefusalCode? LastRefusal { get; private set; }

    public async Task<bool> SendAsync(AssemblyCommand command)
    {
        var outcome = await assemblies.ExecuteAsync(AssemblyId, command, Actor.Facilitator);
        LastRefusal = outcome.Refusal?.Code;
        changed();
        return outcome.IsAccepted;
    }

    public void Dismiss()
    {
        LastRefusal = null;
        changed();
    }
}
