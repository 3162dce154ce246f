using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Qr;

public static class QrEndpoints
{
    /// <summary>
    /// <c>GET /api/assemblies/join/{code}/qr.svg</c>: the join link of a code as a QR code. It draws any
    /// well-formed code without looking it up: an answer that differed for live and dead codes would be
    /// an unthrottled oracle for guessing them (only Join, which is throttled, may tell them apart).
    /// </summary>
    public static IEndpointRouteBuilder MapJoinQr(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/assemblies/join/{code}/qr.svg", (string code, HttpRequest request, PublicAddress address) =>
            JoinCode.Normalise(code) is { } joinCode
                ? Results.Text(QrSvg.Render(JoinLinks.Join(address.BaseUrl(request), joinCode)), "image/svg+xml")
                : Results.NotFound());
        return endpoints;
    }
}
