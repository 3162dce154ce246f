using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The offline queue of a server-mode phone. Its components run in a circuit on the server, so a tap
/// made while the circuit's line is down never reaches them: <c>js/circuit-queue.js</c> keeps such taps
/// in the browser, in the queue's own stored format, and asks the circuit to take the queue once the
/// line is back (<see cref="Taken"/>).
/// </summary>
public sealed class CircuitQueue(UiText text) : IDisposable
{
    private DotNetObjectReference<CircuitQueue>? _self;

    /// <summary>The browser holds taps the circuit has not seen: read the stored queue and send it.</summary>
    public event Func<bool, Task>? Taken;

    /// <summary>What <c>js/circuit-queue.js</c> calls when the line is back (its watch starts with the page's start, <see cref="CircuitStart"/>).</summary>
    public DotNetObjectReference<CircuitQueue> Listener => _self ??= DotNetObjectReference.Create(this);

    /// <summary>The notice's texts in the phone's language.</summary>
    public object Words => new { offline = text["Offline"], one = text["WaitingToSendOne"], many = text["WaitingToSend"] };

    /// <summary>Called by the browser when its line is back, with whether it says it is online.</summary>
    [JSInvokable]
    public Task TakeQueue(bool online) => Taken?.Invoke(online) ?? Task.CompletedTask;

    public void Dispose() => _self?.Dispose();
}
