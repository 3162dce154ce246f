using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Api;

/// <summary>When an admin token is configured, only requests carrying it in <c>X-Admin-Token</c> pass.</summary>
public sealed class AdminTokenFilter(IOptions<OffeneVersammlungOptions> options) : IEndpointFilter
{
    public const string Header = "X-Admin-Token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        AdminToken.Admits(options.Value.AdminToken, context.HttpContext.Request.Headers[Header].ToString())
            ? await next(context)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "AdminTokenRequired");
}
