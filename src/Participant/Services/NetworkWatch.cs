using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The browser's own word on the network (navigator.onLine and its online/offline events). A socket
/// to the hub can look open long after the phone lost its network; the browser knows at once.
/// </summary>
public sealed class NetworkWatch(IJSRuntime js) : IDisposable
{
    private DotNetObjectReference<NetworkWatch>? _self;

    /// <summary>Raised with true when the browser is online again, false when it went offline.</summary>
    public event Action<bool>? Changed;

    /// <summary>Starts listening; answers whether the browser is online now (true where it cannot tell).</summary>
    public async Task<bool> StartAsync()
    {
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

    [JSInvokable]
    public void NetworkChanged(bool online) => Changed?.Invoke(online);

    public void Dispose() => _self?.Dispose();
}
