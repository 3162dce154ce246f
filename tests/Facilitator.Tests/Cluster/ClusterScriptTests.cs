using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Cluster;

/// <summary>scripts/cluster.sh as README's "Running on several nodes" tells an operator to run it: started, asked through nginx, stopped.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterScriptTests
{
    private const string Healthy = "Healthy\nbackplane: Healthy (redis connected)\ndatabase: Healthy (PostgreSQL)";

    [NginxFact]
    public async Task The_cluster_script_starts_two_nodes_behind_nginx_that_report_store_and_backplane_healthy_and_stops_everything_on_sigterm()
    {
        var (proxy, postgres, redis, nodeBase) = (AppProcess.FreePort(), AppProcess.FreePort(), AppProcess.FreePort(), TwoFreePortsAfter());
        var output = new ConcurrentQueue<string>();
        var start = new ProcessStartInfo("bash", [RepositoryRoot.Combine("scripts", "cluster.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["NODES"] = "2",
                ["PROXY_PORT"] = $"{proxy}",
                ["PG_PORT"] = $"{postgres}",
                ["REDIS_PORT"] = $"{redis}",
                ["NODE_PORT_BASE"] = $"{nodeBase}",
                ["APP"] = AppProcess.AppPath(), // the build under test, not a second Release build
            },
        };
        using var script = Process.Start(start)!;
        script.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        script.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        string Said() => string.Join('\n', output);
        try
        {
            // A hang guard over the whole start: a database cluster, Redis and two apps.
            var deadline = DateTime.UtcNow + (4 * HangGuard.Limit);
            while (!output.Any(l => l.StartsWith("Open http://", StringComparison.Ordinal)))
            {
                Assert.False(script.HasExited, "the script stopped:\n" + Said());
                Assert.True(DateTime.UtcNow < deadline, "the script never said it was ready:\n" + Said());
                await Task.Delay(200);
            }

            var work = output.Single(l => l.StartsWith("Data and logs in ", StringComparison.Ordinal))["Data and logs in ".Length..].Split(' ')[0];
            using var http = new HttpClient();
            Assert.Equal(Healthy, await http.GetStringAsync(new Uri($"http://127.0.0.1:{proxy}/health")));
            Assert.Equal(Healthy, await http.GetStringAsync(new Uri($"http://127.0.0.1:{nodeBase + 1}/health")));
            Assert.Equal(Healthy, await http.GetStringAsync(new Uri($"http://127.0.0.1:{nodeBase + 2}/health")));

            Stop(script);
            await HangGuard.Within(script.WaitForExitAsync());

            Assert.False(Directory.Exists(work), $"{work} is still there");
            Assert.All(new[] { proxy, postgres, redis, nodeBase + 1, nodeBase + 2 }, port => Assert.False(Listening(port), $"port {port} still answers"));
        }
        finally
        {
            if (!script.HasExited)
            {
                Stop(script);
                await script.WaitForExitAsync();
            }
        }
    }

    /// <summary>SIGTERM, as Ctrl+C or a service manager stops it: the script's trap stops and removes everything.</summary>
    private static void Stop(Process script)
    {
        using var kill = Process.Start("kill", ["-TERM", $"{script.Id}"]);
        kill.WaitForExit();
    }

    /// <summary>A port whose next two are free (node i listens on base + i).</summary>
    private static int TwoFreePortsAfter()
    {
        while (true)
        {
            var first = AppProcess.FreePort();
            if (!Listening(first + 1) && !Listening(first))
            {
                return first - 1;
            }
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
