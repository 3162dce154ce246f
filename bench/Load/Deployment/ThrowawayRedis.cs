using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>A redis-server of the benchmark's own (Debian's package) on a free loopback port, nothing on disk, pinned like the app; killed at the end.</summary>
public sealed class ThrowawayRedis : IAsyncDisposable
{
    private readonly Process _process;

    private ThrowawayRedis(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the nodes put into <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<ThrowawayRedis> StartAsync(string cores)
    {
        var port = Shell.FreePort();
        var start = new ProcessStartInfo("taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[] { "-c", cores, "redis-server", "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100 && !await Shell.AnswersAsync(port); i++)
        {
            await Task.Delay(50);
        }

        return new ThrowawayRedis(process, port);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
