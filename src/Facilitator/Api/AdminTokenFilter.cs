using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Api;

/// <summary>When an admin token is configured, only requests carrying it in <c>X-Admin-Token</c> pass.</summary>
public sealed class AdminTokenFilter(IOptions<OffeneVersammlungOptions> options) : IEndpointFilter
{
    public const string Header = "X-Admin-Token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.AdminToken;
        if (string.IsNullOrEmpty(expected))
        {
            return await next(context);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)))
            ? await next(context)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "AdminTokenRequired");
    }
}
