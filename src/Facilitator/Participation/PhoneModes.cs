using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// Picks this request's phone mode (docs/decisions/0014-the-phones-modes.md): a circuit on the server
/// unless the browser has shown it runs the WebAssembly app (the cookie <see cref="Cookie"/>). The query
/// <c>?mode=server</c> or <c>?mode=wasm</c> wins, to measure and to compare.
/// </summary>
public sealed class PhoneModes(IHttpContextAccessor accessor, IOptions<OffeneVersammlungOptions> options) : IPhoneMode
{
    public const string Cookie = "ov.phone";
    public const string WebAssemblyValue = "wasm";
    public const string ServerValue = "server";

    public static IComponentRenderMode Server { get; } = new InteractiveServerRenderMode();

    public static IComponentRenderMode WebAssembly { get; } = new InteractiveWebAssemblyRenderMode();

    public bool OnWebAssembly => Chosen(accessor.HttpContext) == WebAssemblyValue;

    public IComponentRenderMode RenderMode => OnWebAssembly ? WebAssembly : Server;

    public TimeSpan WarmUpAfter => TimeSpan.FromSeconds(options.Value.PhoneWarmUpSeconds);

    private static string? Chosen(HttpContext? context) =>
        context is null ? null
        : context.Request.Query["mode"].ToString() is { Length: > 0 } asked ? asked
        : context.Request.Cookies[Cookie];
}
