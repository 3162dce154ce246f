using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Commanding;

namespace OffeneVersammlung.Bench.ConsoleHost;

/// <summary>
/// The benchmark's facilitator, who has no SignalR methods to call: the console runs in this
/// process, so the set-up does what the console does, in-process. <c>POST /bench/setup/{assemblyId}</c>
/// (the facilitator's secret and the paper topics in the body) admits the facilitator by the secret
/// link, as the console page does, and sends through <see cref="AssemblyCommands"/> with that binding:
/// forward to topic collection, the paper topics, forward to dot voting. <c>POST /bench/open/{assemblyId}</c>
/// opens the console as the page does when it loads: admission, then one read of the console's view
/// (the first read after a restart loads the assembly from the store).
/// </summary>
public static class BenchSetUp
{
    public static void MapBenchSetUp(this WebApplication app)
    {
        app.MapPost("/bench/setup/{assemblyId:guid}", SetUpAsync);
        app.MapPost("/bench/open/{assemblyId:guid}", OpenAsync);
    }

    private static async Task<IResult> SetUpAsync(Guid assemblyId, SetUpRequest request, Admission admission, AssemblyCommands commands, LiveAssemblies assemblies)
    {
        if ((await admission.AdmitFacilitatorAsync(assemblyId, request.Secret)).Binding is not { } facilitator)
        {
            return Results.Unauthorized();
        }

        async Task<string?> SendAsync(AssemblyCommand command)
        {
            var result = await commands.AsFacilitatorAsync(facilitator, command);
            return result.Accepted ? null : $"{command.GetType().Name}: {result.Refusal} {result.Detail}";
        }

        async Task<string?> AdvanceToAsync(Phase phase)
        {
            while ((await assemblies.ReadAsync(assemblyId, (a, now) => a.PublicBoard(now)))?.Phase is { } current && current != phase)
            {
                if (await SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)) is { } refused)
                {
                    return refused;
                }
            }

            return null;
        }

        var problem = await AdvanceToAsync(Phase.TopicCollection);
        foreach (var topic in request.Topics)
        {
            problem ??= await SendAsync(new AddPaperTopic(Guid.NewGuid(), topic.Id, topic.Text, null));
        }

        problem ??= await AdvanceToAsync(Phase.DotVoting);
        return problem is null ? Results.NoContent() : Results.Problem(problem);
    }

    private static async Task<IResult> OpenAsync(Guid assemblyId, OpenRequest request, Admission admission, LiveAssemblies assemblies)
    {
        if ((await admission.AdmitFacilitatorAsync(assemblyId, request.Secret)).Binding is null)
        {
            return Results.Unauthorized();
        }

        var view = await assemblies.ReadAsync(assemblyId, (assembly, now) => assembly.FacilitatorView(now));
        return view is null ? Results.NotFound() : Results.Ok(view.Board.Version);
    }

    public sealed record SetUpRequest(string Secret, IReadOnlyList<PaperTopic> Topics);

    public sealed record PaperTopic(Guid Id, string Text);

    public sealed record OpenRequest(string Secret);
}
