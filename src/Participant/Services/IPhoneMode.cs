using Microsoft.AspNetCore.Components;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// How this request's phone runs: in a circuit on the server or on WebAssembly in the browser. The host
/// decides it per request (docs/decisions/0014-the-phones-modes.md) while it renders the page; the
/// phone's components are the same in both.
/// </summary>
public interface IPhoneMode
{
    IComponentRenderMode RenderMode { get; }

    bool OnWebAssembly { get; }

    /// <summary>How long a server-mode phone waits after joining before it fetches and tries the WebAssembly app.</summary>
    TimeSpan WarmUpAfter { get; }
}
