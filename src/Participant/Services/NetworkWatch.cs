using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The browser's own word on the network (navigator.onLine and its online/offline events). A socket
/// to the hub can look open long after the phone lost its network; the browser knows at once.
/// </summary>
public sealed class NetworkWatch(IJSRuntime js) : IDisposable
{
    private DotNetObjectReference<NetworkWatch>? _self;
    private bool? _heard;

    /// <summary>Raised with true when the browser is online again, false when it went offline.</summary>
    public event Action<bool>? Changed;

    /// <summary>Starts listening; answers whether the browser is online now (true where it cannot tell).</summary>
    public async Task<bool> StartAsync()
    {
        if (_heard is { } online)
        {
            return online;
        }

        if (_self is not null)
        {
            return true;
        }

        _self = DotNetObjectReference.Create(this);
        try
        {
            var module = await js.InvokeAsync<IJSObjectReference?>("import", "./js/network.js");
            return module is null || await module.InvokeAsync<bool>("watch", _self);
        }
        catch (InvalidOperationException)
        {
            return true; // prerendering: no browser yet
        }
        catch (JSException)
        {
            return true;
        }
    }

    /// <summary>What the page's start script listens through (<see cref="CircuitStart"/>), instead of importing <c>js/network.js</c> here.</summary>
    public DotNetObjectReference<NetworkWatch> Listener => _self ??= DotNetObjectReference.Create(this);

    /// <summary>The page's start script watches already and said whether the browser is online.</summary>
    public void Heard(bool online) => _heard = online;

    [JSInvokable]
    public void NetworkChanged(bool online) => Changed?.Invoke(online);

    public void Dispose() => _self?.Dispose();
}
