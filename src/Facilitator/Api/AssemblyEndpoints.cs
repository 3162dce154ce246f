using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Qr;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Api;

public static class AssemblyEndpoints
{
    /// <summary><c>POST /api/assemblies</c> opens an assembly and answers with its links; <c>GET /api/templates</c> lists the formats.</summary>
    public static IEndpointRouteBuilder MapAssemblyApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/assemblies", CreateAsync).AddEndpointFilter<AdminTokenFilter>();
        endpoints.MapGet("/api/templates", (ITemplateCatalog catalog) => catalog.All);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        CreateAssemblyRequest request, HttpRequest http, ITemplateCatalog catalog, AssemblyOpening opening, PublicAddress address, OpeningLimit limit, CancellationToken cancellationToken)
    {
        if (!limit.TryOpen(http.HttpContext.Connection.RemoteIpAddress))
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ProblemCodes.TooManyAssemblies, extensions: new Dictionary<string, object?> { ["code"] = ProblemCodes.TooManyAssemblies });
        }

        var template = request.Template ?? (request.TemplateId is { } id ? catalog.Find(id) : null);
        if (template is null)
        {
            return Problem(request.TemplateId is null ? ProblemCodes.TemplateRequired : ProblemCodes.UnknownTemplate, request.TemplateId);
        }

        if (TemplateShape.FindMissingPart(template) is { } missing)
        {
            return Problem(ProblemCodes.InvalidTemplate, missing);
        }

        var opened = await opening.OpenAsync(Adjusted(template, request), request.Title, request.Place, request.StartsAt, request.Format ?? AssemblyFormat.InRoom, cancellationToken);
        if (opened.Refusal is { } refusal)
        {
            return Problem(refusal.Code.ToString(), refusal.Detail);
        }

        var baseUrl = address.BaseUrl(http);
        return Results.Created(
            $"/api/assemblies/{opened.AssemblyId:N}",
            new CreatedAssembly(
                opened.AssemblyId,
                opened.JoinCode,
                JoinLinks.Join(baseUrl, opened.JoinCode),
                JoinLinks.Qr(baseUrl, opened.JoinCode),
                JoinLinks.Facilitator(baseUrl, opened.AssemblyId, opened.FacilitatorSecret),
                JoinLinks.Projector(baseUrl, opened.AssemblyId, opened.ProjectorSecret),
                opened.FacilitatorSecret,
                opened.ProjectorSecret));
    }

    /// <summary>The template with the facilitator's own dot and group rules, if given; the engine checks the result.</summary>
    private static AssemblyTemplate Adjusted(AssemblyTemplate template, CreateAssemblyRequest request) => template with
    {
        Voting = new VotingRules(request.DotsPerPerson ?? template.Voting.DotsPerPerson, request.MaxDotsPerTopic ?? template.Voting.MaxDotsPerTopic),
        Groups = template.Groups with
        {
            MinSize = request.GroupMinSize ?? template.Groups.MinSize,
            MaxSize = request.GroupMaxSize ?? template.Groups.MaxSize,
        },
    };

    private static IResult Problem(string code, string? detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: code, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });
}
