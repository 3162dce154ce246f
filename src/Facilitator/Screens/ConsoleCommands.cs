using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// What the console's parts send: every command goes in-process through <see cref="AssemblyCommands"/>,
/// the hub's path, as the facilitator the secret link admitted (nobody, until it did), and the engine's
/// refusal, if any, is kept for the console to show.
/// </summary>
public sealed class ConsoleCommands(Guid assemblyId, Func<ConnectionBinding?> caller, AssemblyCommands commands, Action changed)
{
    public Guid AssemblyId { get; } = assemblyId;

    /// <summary>Who the secret link admitted this console as (nobody, until it did): what the host services beside the commands (the follow-up, the cards) check.</summary>
    public ConnectionBinding? Caller => caller();

    /// <summary>The engine's answer to the last refused command, until the next command.</summary>
    public RefusalCode? LastRefusal { get; private set; }

    public async Task<bool> SendAsync(AssemblyCommand command)
    {
        var result = await commands.AsFacilitatorAsync(caller(), command);
        LastRefusal = result.Refusal;
        changed();
        return result.Accepted;
    }

    public void Dismiss()
    {
        LastRefusal = null;
        changed();
    }
}
