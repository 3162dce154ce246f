using System.Collections.Concurrent;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Commanding;

namespace OffeneVersammlung.Bench.ConsoleHost;

/// <summary>
/// The benchmark's facilitator, who has no SignalR methods to call: the console runs in this
/// process, so the set-up does what the console does, in-process. <c>POST /bench/setup/{assemblyId}</c>
/// (the facilitator's secret and the paper topics in the body) admits the facilitator by the secret
/// link, as the console page does, and sends through <see cref="AssemblyCommands"/> with that binding:
/// forward to topic collection, the paper topics (and <c>topicCount</c> more, numbered), forward to the
/// phase asked for (dot voting unless <c>phase</c> names another). <c>POST /bench/move/{assemblyId}</c>
/// (<c>{"n": …}</c>) then moves the n-th card on the clustering wall to a spot of its own, as the
/// facilitator's drag does (<see cref="MoveCard"/>), with the binding the set-up was admitted with;
/// <c>POST /bench/advance/{assemblyId}</c> moves to the next phase and <c>POST /bench/reveal/{assemblyId}</c> reveals the
/// dots, as the console's buttons do, each answering the version it produced (a change every phone shows, issue 12).
/// <c>POST /bench/open/{assemblyId}</c>
/// opens the console as the page does when it loads: admission, then one read of the console's view
/// (the first read after a restart loads the assembly from the store).
/// </summary>
public static class BenchSetUp
{
    // The set-up's admission, kept for the moves: admitting by the secret for every move would measure the secret's hashing.
    private static readonly ConcurrentDictionary<Guid, ConnectionBinding> Facilitators = new();

    public static void MapBenchSetUp(this WebApplication app)
    {
        app.MapPost("/bench/setup/{assemblyId:guid}", SetUpAsync);
        app.MapPost("/bench/open/{assemblyId:guid}", OpenAsync);
        app.MapPost("/bench/move/{assemblyId:guid}", MoveAsync);
        app.MapPost("/bench/advance/{assemblyId:guid}", (Guid assemblyId, AssemblyCommands commands) =>
            AsSetUpFacilitatorAsync(assemblyId, commands, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));
        app.MapPost("/bench/reveal/{assemblyId:guid}", (Guid assemblyId, AssemblyCommands commands) =>
            AsSetUpFacilitatorAsync(assemblyId, commands, new RevealVotes(Guid.NewGuid())));
    }

    private static async Task<IResult> SetUpAsync(Guid assemblyId, SetUpRequest request, Admission admission, AssemblyCommands commands, LiveAssemblies assemblies)
    {
        if ((await admission.AdmitFacilitatorAsync(assemblyId, request.Secret)).Binding is not { } facilitator)
        {
            return Results.Unauthorized();
        }

        Facilitators[assemblyId] = facilitator;

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

        for (var i = 0; i < request.TopicCount; i++)
        {
            problem ??= await SendAsync(new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), $"Thema {request.Topics.Count + i + 1}: Licht, Bänke und Schatten im Park", null));
        }

        problem ??= await AdvanceToAsync(request.Phase ?? Phase.DotVoting);
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

    private static async Task<IResult> MoveAsync(Guid assemblyId, MoveRequest request, AssemblyCommands commands, LiveAssemblies assemblies)
    {
        if (!Facilitators.ContainsKey(assemblyId))
        {
            return Results.NotFound();
        }

        var cards = await assemblies.ReadAsync(assemblyId, (a, now) => a.PublicBoard(now).Topics.Select(t => t.Id).ToArray());
        if (cards is not { Length: > 0 })
        {
            return Results.NotFound();
        }

        // Each move takes a card to a spot no card had before it (a grid offset by the move's number), so every move changes the wall.
        var topic = cards[request.N % cards.Length];
        var spot = request.N / cards.Length % 2 == 0 ? 1 : 0;
        var x = (request.N % 20 * 180) + (spot * 40);
        var y = ((request.N / 20 % 12) * 110) + (spot * 30);
        return await AsSetUpFacilitatorAsync(assemblyId, commands, new MoveCard(Guid.NewGuid(), topic, x, y));
    }

    /// <summary>Sends one command as the facilitator the set-up admitted; answers the version it produced.</summary>
    private static async Task<IResult> AsSetUpFacilitatorAsync(Guid assemblyId, AssemblyCommands commands, AssemblyCommand command)
    {
        if (!Facilitators.TryGetValue(assemblyId, out var facilitator))
        {
            return Results.NotFound();
        }

        var result = await commands.AsFacilitatorAsync(facilitator, command);
        return result.Accepted ? Results.Ok(result.Version) : Results.Problem($"{command.GetType().Name}: {result.Refusal} {result.Detail}");
    }

    public sealed record SetUpRequest(string Secret, IReadOnlyList<PaperTopic> Topics, Phase? Phase = null, int TopicCount = 0);

    public sealed record MoveRequest(int N);

    public sealed record PaperTopic(Guid Id, string Text);

    public sealed record OpenRequest(string Secret);
}
