using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Commanding;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The facilitator as the console in the browser is one: admitted by the secret link in the host's
/// own process, sending every command through <see cref="AssemblyCommands"/> with the binding that
/// admission gave (the console's <c>ConsoleCommands</c>), and following the console's views through
/// the pipeline (<see cref="InProcessScreen"/>), at the console's pace. It has no SignalR connection:
/// the facilitator has none in the product.
/// </summary>
public sealed class FacilitatorDriver : IDisposable, IAsyncDisposable
{
    private readonly AssemblyCommands _commands;
    private readonly LiveAssemblies _assemblies;

    private FacilitatorDriver(HostFactory host, ConnectionBinding binding)
    {
        _commands = host.Services.GetRequiredService<AssemblyCommands>();
        _assemblies = host.Services.GetRequiredService<LiveAssemblies>();
        Binding = binding;
        Console = InProcessScreen.Console(host, binding.AssemblyId);
    }

    /// <summary>What the secret link admitted: the facilitator of one assembly.</summary>
    public ConnectionBinding Binding { get; }

    public Guid AssemblyId => Binding.AssemblyId;

    /// <summary>Every console view the pipeline handed this facilitator's screen since it was admitted.</summary>
    public InProcessScreen<FacilitatorView> Console { get; }

    /// <summary>Admits the facilitator by the assembly's secret link, as the console page does, and insists that it is let in.</summary>
    public static Task<FacilitatorDriver> ConnectAsync(HostFactory host, CreatedAssembly links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return ConnectAsync(host, links.AssemblyId, links.FacilitatorSecret);
    }

    /// <summary>As <see cref="ConnectAsync(HostFactory, CreatedAssembly)"/>, with the assembly and secret a console link carries.</summary>
    public static async Task<FacilitatorDriver> ConnectAsync(HostFactory host, Guid assemblyId, string secret)
    {
        var admitted = await AdmitAsync(host, assemblyId, secret);
        Assert.True(admitted.Binding is not null, $"facilitator refused: {admitted.Refusal} {admitted.Detail}");
        return new FacilitatorDriver(host, admitted.Binding!);
    }

    /// <summary>What the console page's admission answers to a secret, right or wrong.</summary>
    public static Task<Admitted> AdmitAsync(HostFactory host, Guid assemblyId, string? secret)
    {
        ArgumentNullException.ThrowIfNull(host);
        return HangGuard.Within(host.Services.GetRequiredService<Admission>().AdmitFacilitatorAsync(assemblyId, secret));
    }

    /// <summary>Sends a command as the console does and returns the engine's answer, accepted or not.</summary>
    public Task<CommandResult> SendAsync(AssemblyCommand command) => HangGuard.Within(_commands.AsFacilitatorAsync(Binding, command));

    /// <summary>Sends and insists on acceptance.</summary>
    public async Task<CommandResult> DoAsync(AssemblyCommand command)
    {
        var result = await SendAsync(command);
        Assert.True(result.Accepted, $"{command?.GetType().Name} refused: {result.Refusal} {result.Detail}");
        return result;
    }

    public Task<CommandResult> ChangePhaseAsync(PhaseTrigger trigger) => DoAsync(new ChangePhase(Guid.NewGuid(), trigger));

    /// <summary>One step forward, the console's main button.</summary>
    public Task<CommandResult> AdvanceAsync() => ChangePhaseAsync(PhaseTrigger.Advance);

    /// <summary>Steps forward until the assembly is in <paramref name="phase"/>; reads, so it needs no push (a host whose clock stands still is fine).</summary>
    public async Task AdvanceToAsync(Phase phase)
    {
        while ((await ViewAsync()).Board.Phase != phase)
        {
            await AdvanceAsync();
        }
    }

    public Task<CommandResult> AddPaperTopicAsync(Guid topicId, string text, string? category = null) =>
        DoAsync(new AddPaperTopic(Guid.NewGuid(), topicId, text, category));

    public Task<CommandResult> StartTimerAsync(int? seconds) => DoAsync(new StartTimer(Guid.NewGuid(), seconds));

    /// <summary>The console's view read from the assembly now, as the console page reads it when it opens.</summary>
    public async Task<FacilitatorView> ViewAsync()
    {
        var view = await HangGuard.Within(_assemblies.ReadAsync(AssemblyId, (assembly, now) => assembly.FacilitatorView(now)));
        Assert.True(view is not null, $"assembly {AssemblyId} does not exist");
        return view!;
    }

    /// <summary>The console's view read now, or null once the assembly is gone.</summary>
    public Task<FacilitatorView?> ViewIfAnyAsync() =>
        HangGuard.Within(_assemblies.ReadAsync(AssemblyId, (assembly, now) => assembly.FacilitatorView(now)));

    /// <summary>Waits until the pipeline handed the console a view of at least <paramref name="version"/>.</summary>
    public Task<FacilitatorView> ConsoleAtAsync(long version) => Console.AtAsync(version);

    public void Dispose() => Console.Dispose();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
