using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Updates;

namespace OffeneVersammlung.Bench.ConsoleHost;

/// <summary>
/// The benchmark's window into the process. <c>GET /bench/console/{assemblyId}</c> opens the
/// assembly's console as <c>Screens/LiveScreen.cs</c> does (<see cref="ScreenFeeds.FollowConsole"/>, then
/// one read: the pipeline builds the console's view only while one follows, so an opened console reads its
/// first; each view posted to a Blazor renderer's dispatcher, the newest version wins) and writes a line
/// per view shown: its version and the <see cref="Stopwatch"/> timestamp at which the screen would
/// render it (CLOCK_MONOTONIC on Linux, comparable with the load generator's on the same machine).
/// <c>GET /bench/holds</c> hands over the view build times since its last call; <c>GET /bench/memory</c> the process's
/// memory before and after a forced full collection (<see cref="ServerMemory"/>).
/// </summary>
public static class ConsoleProbe
{
    public static void MapConsoleProbe(this WebApplication app)
    {
        app.MapGet("/bench/console/{assemblyId:guid}", FollowAsync);
        app.MapGet("/bench/holds", (TimedAudienceViews views) => views.Take());
        app.MapGet("/bench/memory", ServerMemory.Take);
    }

    private static async Task FollowAsync(Guid assemblyId, ScreenFeeds feeds, LiveAssemblies assemblies, HttpContext http)
    {
        var shown = Channel.CreateUnbounded<(long Version, long At)>();
        var renderer = Dispatcher.CreateDefault();
        var newest = -1L;
        void Show(FacilitatorView view) => _ = renderer.InvokeAsync(() =>
        {
            if (view.Board.Version > newest)
            {
                newest = view.Board.Version;
                shown.Writer.TryWrite((newest, Stopwatch.GetTimestamp()));
            }
        });
        using var following = feeds.FollowConsole(assemblyId, Show);
        if (await assemblies.ReadAsync(assemblyId, (assembly, now) => assembly.FacilitatorView(now)) is { } opened)
        {
            Show(opened);
        }

        http.Response.ContentType = "text/plain";
        await http.Response.StartAsync(http.RequestAborted);
        try
        {
            await foreach (var (version, at) in shown.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync($"{version} {at}\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The generator is done and hung up.
        }
    }
}
