using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The real app as its own operating-system process (the build output of src/Facilitator, in the
/// test's configuration), on a loopback port and a SQLite file the caller chooses, so a test can
/// kill it outright (SIGKILL: no shutdown code runs) and start it again on the same file.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app and returns once it answers <c>/health</c>.</summary>
    /// <param name="settings">Settings of the <c>OffeneVersammlung</c> section.</param>
    /// <param name="environment">Other configuration as environment variables, e.g. <c>Kestrel__Endpoints__…</c>.</param>
    public static async Task<AppProcess> StartAsync(
        int port, string databasePath, IReadOnlyDictionary<string, string>? settings = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var app = AppPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["OffeneVersammlung__DatabasePath"] = databasePath;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment["OffeneVersammlung__" + key] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await HangGuard.Within(process.WaitUntilHealthyAsync());
            return process;
        }
        catch
        {
            process.Kill();
            throw;
        }
    }

    /// <summary>SIGKILL: the process ends at once, mid-write if it was writing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The build of src/Facilitator in the test's configuration, e.g. to run it under a script.</summary>
    public static string AppPath()
    {
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OffeneVersammlung.sln")))
        {
            folder = folder.Parent;
        }

        Assert.True(folder is not null, "repository root (OffeneVersammlung.sln) not found above " + AppContext.BaseDirectory);
        var app = Path.Combine(folder.FullName, "src", "Facilitator", "bin", configuration, "net10.0", "OffeneVersammlung.Facilitator.dll");
        Assert.True(File.Exists(app), $"the app is not built: {app}");
        return app;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            Assert.False(_process.HasExited, "the app exited while starting:\n" + Output);
            try
            {
                using var response = await http.GetAsync("health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }

            await Task.Delay(100);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
