using System.Net.Http.Json;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// The console the facilitator runs: Blazor Server, in the app's own process, following the same
/// paced pipeline as the hub (decision 0012). The app runs as bench/ConsoleHost (the app plus a
/// probe); the SignalR facilitator only sets the assembly up and then leaves, so the console the
/// probe follows is the only one. N phones join, 20 vote at a steady rate as in the fan-out, and
/// each vote is timed from its send until the in-process console showed a view carrying it.
/// </summary>
public sealed class ConsoleBenchmark(BenchOptions options)
{
    private const int Voters = 20;
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(120);

    public async Task<ConsoleResult> MeasureAsync(ServerProcess host, int clients)
    {
        await using var assembly = await AppAssembly.OpenAsync(host.Address, $"Console {clients}");
        await assembly.CloseConsoleAsync();
        await using var console = await ConsoleProbeClient.OpenAsync(host.Address, assembly.Created.AssemblyId);
        await assembly.JoinAsync(clients);
        var (board, _) = await assembly.BoardAsync();
        var settling = System.Diagnostics.Stopwatch.StartNew();
        while ((console.Receipts.Newest < board.Version || assembly.Phones.Any(p => p.Receipts.Newest < board.Version)) && settling.Elapsed < SettleLimit)
        {
            await Task.Delay(20);
        }

        var voters = assembly.Phones.Take(Math.Min(Voters, clients)).ToArray();
        Task<Answer> Vote(int v) => voters[v].VoteAsync(assembly.Topics[v % AppAssembly.TopicCount]);
        await VoteStream.RunAsync(voters.Length, Vote, options.VotesPerSecond, options.Warmup);
        await Task.Delay(500);
        console.Receipts.Clear();
        using var http = new HttpClient { BaseAddress = host.Address };
        await http.GetFromJsonAsync<HoldsAnswer>("bench/holds");

        var server = new CpuMeter(host.Id);
        server.Start();
        var votes = await VoteStream.RunAsync(voters.Length, Vote, options.VotesPerSecond, options.Duration);
        var serverCpu = server.Stop();
        await Task.Delay(options.Drain);
        var holds = (await http.GetFromJsonAsync<HoldsAnswer>("bench/holds"))!;

        var accepted = votes.Where(v => v.Accepted).ToList();
        var toConsole = new List<double>(accepted.Count);
        long missing = 0;
        foreach (var v in accepted)
        {
            if (console.Receipts.FirstAtOrAfter(v.Version) is { } at)
            {
                toConsole.Add(Latency.Milliseconds(v.SentAt, at));
            }
            else
            {
                missing++;
            }
        }

        return new ConsoleResult(
            clients,
            votes.Count,
            votes.Count - accepted.Count,
            Latency.Of(accepted.Select(v => Latency.Milliseconds(v.SentAt, v.AnsweredAt)).ToList()),
            Latency.Of(toConsole),
            missing,
            console.Receipts.Count,
            Latency.Of([.. holds.Room]),
            Latency.Of([.. holds.Console]),
            serverCpu);
    }

    private sealed record HoldsAnswer(List<double> Room, List<double> Console);
}
