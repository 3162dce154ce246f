using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// Behind a reverse proxy every phone arrives from the proxy's address, and the proxy names the real
/// one in <c>X-Forwarded-For</c>. Only the proxies in <see cref="OffeneVersammlungOptions.TrustedProxies"/>
/// are believed (ASP.NET Core's own default would believe any loopback sender); without any, the
/// headers are ignored.
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value.TrustedProxies;
        if (proxies is not { Length: > 0 })
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownIPNetworks.Add(proxy.Contains('/', StringComparison.Ordinal)
                ? System.Net.IPNetwork.Parse(proxy)
                : new System.Net.IPNetwork(IPAddress.Parse(proxy), IPAddress.Parse(proxy).GetAddressBytes().Length * 8));
        }

        return app.UseForwardedHeaders(options);
    }
}
