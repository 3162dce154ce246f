using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Commanding;

/// <summary>
/// The one way a person's command reaches an assembly, from the hub (phones) and from the console in
/// the browser alike: the caller's binding says who acts and in
/// which assembly, the method says which roles may send the command, a command without its
/// client-made id is refused, and the live assembly decides the rest.
/// </summary>
public sealed class AssemblyCommands(LiveAssemblies assemblies)
{
    /// <summary>What participants send about themselves: the command is built for the caller's own participant id.</summary>
    public Task<CommandResult> AsParticipantAsync(ConnectionBinding? caller, Func<Guid, AssemblyCommand> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return caller is { Role: ConnectionRole.Participant, ParticipantId: { } me }
            ? RunAsync(caller.AssemblyId, command(me), Actor.Participant(me))
            : WrongRole();
    }

    public Task<CommandResult> AsFacilitatorAsync(ConnectionBinding? caller, AssemblyCommand command) =>
        caller is { Role: ConnectionRole.Facilitator } ? RunAsync(caller.AssemblyId, command, Actor.Facilitator) : WrongRole();

    private static Task<CommandResult> WrongRole() =>
        Task.FromResult(CommandResult.Refused(RefusalCode.NotAllowedForRole, HostRefusal.WrongRole));

    private async Task<CommandResult> RunAsync(Guid assemblyId, AssemblyCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandId == Guid.Empty)
        {
            return CommandResult.Refused(RefusalCode.ValueOutOfRange, HostRefusal.CommandIdRequired);
        }

        try
        {
            // Not the caller's token: once decided, a command is stored even if its sender went away.
            var outcome = await assemblies.ExecuteAsync(assemblyId, command, actor, CancellationToken.None);
            return new CommandResult(outcome.IsAccepted, outcome.Refusal?.Code, outcome.Refusal?.Detail, outcome.Version);
        }
        catch (StoreUnavailableException)
        {
            // Not acknowledged, so the sender keeps it; the same id sent again is recognised if the append did land.
            return CommandResult.Refused(RefusalCode.StoreUnavailable);
        }
    }
}
