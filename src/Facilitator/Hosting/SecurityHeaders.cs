using System.Buffers.Text;
using System.Security.Cryptography;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// The headers every response carries. Scripts come only from the app itself, plus the one inline
/// script Blazor writes (the import map), which carries a nonce drawn for each request; styles only
/// from the app's style sheets (data-dependent sizes are classes, see <c>css/shares.css</c>), except that the
/// console may carry style attributes: Blazor.Diagrams places the wall's and the groups map's nodes, and pans
/// and zooms its layers, by inline <c>style</c> attributes (decision 0015); style elements stay refused there too. Only the
/// phone's page, which runs .NET on WebAssembly, may compile WebAssembly (<c>'wasm-unsafe-eval'</c>,
/// never <c>'unsafe-eval'</c>).
/// </summary>
public static class SecurityHeaders
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly object NonceKey = typeof(SecurityHeaders);
    private static readonly PathString PhonePages = "/join";
    private static readonly PathString ConsolePages = "/facilitator";

    /// <summary>This request's script nonce, for the inline scripts the page itself writes.</summary>
    public static string NonceOf(HttpContext context) =>
        context.Items.TryGetValue(NonceKey, out var value) && value is string nonce ? nonce : string.Empty;

    public static string PolicyFor(PathString path, string nonce)
    {
        var wasm = path.StartsWithSegments(PhonePages, StringComparison.OrdinalIgnoreCase) ? " 'wasm-unsafe-eval'" : string.Empty;
        var styleAttributes = path.StartsWithSegments(ConsolePages, StringComparison.OrdinalIgnoreCase) ? " style-src-attr 'unsafe-inline';" : string.Empty;
        return $"default-src 'self'; script-src 'self' 'nonce-{nonce}'{wasm}; style-src 'self';{styleAttributes} img-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // base64url: nothing in it that HTML encoding would turn into an entity ("+" becomes "&#x2B;").
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path, nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
