using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The phone's way to the server: the hub over SignalR when the phone runs on WebAssembly
/// (<see cref="HubLine"/>), or the server's own process when the phone runs in a circuit (the host's
/// in-process line). Either way the phone calls the one contract, <see cref="IParticipantHub"/>, and
/// receives the pushes of <see cref="IAssemblyClient"/>; <see cref="AssemblyConnection"/> keeps the
/// queue, the resume and the newest views on top of it, the same in both modes.
/// </summary>
public interface IParticipantLine : IAsyncDisposable, IDisposable
{
    /// <summary>The contract's calls; each may throw while the line is down (then nothing was answered).</summary>
    IParticipantHub Server { get; }

    /// <summary>Calls can be made now.</summary>
    bool IsUp { get; }

    /// <summary>A board of the assembly the line is bound to.</summary>
    event Action<PublicBoard>? BoardChanged;

    /// <summary>The bound participant's own view.</summary>
    event Action<OwnView>? OwnViewChanged;

    /// <summary>The assembly was deleted.</summary>
    event Func<Guid, Task>? AssemblyDeleted;

    /// <summary>The line is up (first time or again) and bound to no one: resume, then send what waited.</summary>
    event Func<Task>? Connected;

    /// <summary>The line dropped; it is being tried again.</summary>
    event Action? Reconnecting;

    /// <summary>Trying again failed this many times in a row.</summary>
    event Action<long>? Failed;

    /// <summary>Connects, and keeps trying until it is up or <paramref name="stopping"/> fires; reconnects by itself afterwards.</summary>
    Task StartAsync(CancellationToken stopping);
}
