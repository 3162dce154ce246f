using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Qr;

public static class QrEndpoints
{
    /// <summary><c>GET /api/assemblies/join/{code}/qr.svg</c>: the join link of a known code as a QR code.</summary>
    public static IEndpointRouteBuilder MapJoinQr(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/assemblies/join/{code}/qr.svg", async (string code, HttpRequest request, AccessStore access, PublicAddress address) =>
            JoinCode.Normalise(code) is { } joinCode && await access.FindByJoinCodeAsync(joinCode) is not null
                ? Results.Text(QrSvg.Render(JoinLinks.Join(address.BaseUrl(request), joinCode)), "image/svg+xml")
                : Results.NotFound());
        return endpoints;
    }
}
