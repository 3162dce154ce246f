using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>A server started as its own process, pinned with taskset to the given cores, killed at the end.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public long ResidentBytes => CpuMeter.ResidentBytes(_process.Id);

    public static async Task<ServerProcess> StartAsync(string dll, int port, string cores, IDictionary<string, string> environment)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("taskset", ["-c", cores, "dotnet", dll, "--urls", address.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"ov-bench-{port}.log"), append: true) { AutoFlush = true };
        void Write(string? line)
        {
            if (line is { Length: > 0 })
            {
                lock (log)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited with {process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{dll} did not answer /health");
    }

    /// <summary>Kills the process (SIGKILL): nothing gets a chance to flush, as in a crash.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited)
        {
            Console.Error.WriteLine($"  server {Address} had exited with {_process.ExitCode}; see {Path.GetTempPath()}ov-bench-{Address.Port}.log");
        }
        else
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
