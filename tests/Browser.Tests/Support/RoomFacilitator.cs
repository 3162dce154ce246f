using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// The facilitator in the server's own process, as the console sends (through <see cref="AssemblyCommands"/>
/// with the facilitator's binding), for the phone-mode tests: never over the hub.
/// </summary>
public sealed class RoomFacilitator(HostFactory host, Guid assemblyId)
{
    private readonly ConnectionBinding _binding = ConnectionBinding.Facilitator(assemblyId);

    private AssemblyCommands Commands => host.Services.GetRequiredService<AssemblyCommands>();

    public async Task<CommandResult> DoAsync(AssemblyCommand command)
    {
        var result = await Commands.AsFacilitatorAsync(_binding, command);
        Assert.True(result.Accepted, $"{command.GetType().Name} refused: {result.Refusal} {result.Detail}");
        return result;
    }

    public async Task AdvanceToAsync(Phase phase)
    {
        while (await PhaseAsync() != phase)
        {
            await DoAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        }
    }

    /// <summary>What the console shows now.</summary>
    public async Task<FacilitatorView> ConsoleAsync() =>
        (await host.Services.GetRequiredService<LiveAssemblies>().ReadAsync(assemblyId, (a, now) => a.FacilitatorView(now)))!;

    private async Task<Phase> PhaseAsync() => (await ConsoleAsync()).Board.Phase;
}
