using System.Diagnostics;
using System.Net.Http.Json;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// Issue 16's cost of the clustering wall: an assembly in clustering with <c>--wall-cards</c> topics on the wall,
/// <c>--wall-phones</c> hub phones in the room (each gets every board, the wall's layout included), the
/// facilitator's console open as a real Blazor circuit on <c>/facilitator/{id}#secret</c> (<see cref="CircuitPhone"/>,
/// admitted by the secret in the address as the page is), and a steady stream of card moves
/// (<c>/bench/move</c>, <c>MoveCard</c> through the console's command path). Measured: the console circuit's
/// render batches and bytes, the app's CPU per update, update → batch. The same run without the console gives
/// the room's own cost. Phones cannot submit topics in clustering (the engine takes them only while topics are
/// collected), so the updates are the wall's own: cards moved.
/// </summary>
public sealed class WallBenchmark(BenchOptions options)
{
    public async Task<WallResult> MeasureAsync(ServerProcess app, bool withConsole)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.Address, $"Wand {options.WallCards}", Phase.Clustering, Math.Max(0, options.WallCards - AppAssembly.TopicCount));
        await assembly.CloseConsoleAsync(); // the probe's console: the one measured is the real circuit
        Console.Error.WriteLine($"  wall: {options.WallCards} cards on the wall; {options.WallPhones} phones joining");
        await assembly.JoinAsync(options.WallPhones);
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(2) };
        CircuitPhone? console = null;
        var failure = "";
        if (withConsole)
        {
            Console.Error.WriteLine("  wall: opening the console's circuit");
            console = await CircuitPhone.StartAsync(http, new Uri(app.Address, $"facilitator/{assembly.Created.AssemblyId:N}#{assembly.Created.FacilitatorSecret}"), new ConsoleScript());
        }

        try
        {
            await Task.Delay(3000);
            var firstRender = console?.BatchBytes ?? 0;
            var moves = 0;
            async Task<Answer> Move(int _)
            {
                using var response = await http.PostAsJsonAsync($"bench/move/{assembly.Created.AssemblyId}", new { n = Interlocked.Increment(ref moves) });
                return response.IsSuccessStatusCode
                    ? new Answer { Accepted = true, Version = await response.Content.ReadFromJsonAsync<long>() }
                    : new Answer { Accepted = false, Detail = await response.Content.ReadAsStringAsync() };
            }

            await VoteStream.RunAsync(1, Move, options.WallRate, options.Warmup);
            await Task.Delay(500);
            var since = Stopwatch.GetTimestamp();
            var cpu = new CpuMeter(app.Id);
            cpu.Start();
            var clock = Stopwatch.StartNew();
            var updates = await VoteStream.RunAsync(1, Move, options.WallRate, options.Duration);
            var window = clock.Elapsed;
            var serverCpu = cpu.Stop();
            await Task.Delay(options.Drain);
            var accepted = updates.Where(u => u.Accepted).ToList();
            var batches = console?.BatchesSince(since) ?? [];
            var untilBatch = accepted
                .Select(u => batches.FirstOrDefault(at => at >= u.AnsweredAt) is var at and > 0 ? Latency.Milliseconds(u.SentAt, at) : double.NaN)
                .Where(ms => !double.IsNaN(ms))
                .ToList();
            if (console is { Errors.Count: > 0 })
            {
                failure = string.Join("; ", console.Errors.Take(3));
            }

            return new WallResult(
                withConsole, options.WallPhones, options.WallCards, updates.Count, accepted.Count, serverCpu, window, firstRender,
                batches.Count, console?.BytesSince(since) ?? 0, Latency.Of(untilBatch), failure);
        }
        finally
        {
            if (console is not null)
            {
                await console.DisposeAsync();
            }
        }
    }
}
