using System.Diagnostics;
using System.Globalization;

namespace OffeneVersammlung.Bench.Load.Idle;

/// <summary>
/// A generator process of the idle benchmark as the main generator sees it: started with its share of the phones
/// (<see cref="IdleWorker"/>), on the main generator's cores (a child inherits the affinity and the priority), asked
/// over its input and output how many of its phones joined and are still connected, hung up by closing its input.
/// </summary>
public sealed class IdleGenerator : IAsyncDisposable
{
    private readonly Process _process;

    private IdleGenerator(Process process) => _process = process;

    public int Id => _process.Id;

    public long ResidentBytes => CpuMeter.ResidentBytes(_process.Id);

    public static IdleGenerator Start(int firstAddress, int addresses, IEnumerable<string> plan)
    {
        // Run as `dotnet the.dll` (bench/run.sh) the host needs the assembly first; run as the apphost it does not.
        var host = Environment.ProcessPath!;
        string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(IdleWorker).Assembly.Location] : [];
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in self.Concat(["--idle-worker", $"{firstAddress}", $"{addresses}", .. plan]))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine(line);
            }
        };
        process.BeginErrorReadLine();
        return new IdleGenerator(process);
    }

    /// <summary>Waits until every phone of this process has joined or failed: (joined, failed).</summary>
    public async Task<(int Joined, int Failed)> JoinedAsync()
    {
        var parts = (await ReadAsync("joined")).Split(' ');
        return (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    /// <summary>How many of its phones are connected now.</summary>
    public async Task<int> ConnectedAsync()
    {
        await _process.StandardInput.WriteLineAsync("count");
        await _process.StandardInput.FlushAsync();
        return int.Parse((await ReadAsync("connected")).Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private async Task<string> ReadAsync(string word)
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"idle generator {_process.Id} ended (exit {(_process.HasExited ? _process.ExitCode : -1)}) before it said '{word}'");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }
}
