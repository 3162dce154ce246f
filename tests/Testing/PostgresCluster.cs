using System.Diagnostics;
using Npgsql;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster from the Debian binaries (<c>/usr/lib/postgresql/*/bin</c>): initdb into a temp
/// folder, the server on a free loopback port, removed when the test run ends. No system service is used; as root
/// the server runs as the <c>postgres</c> user, which owns the folder. <see cref="Shared"/> is the one cluster of a
/// test run; a test that stops the server starts one of its own.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresCluster>> SharedCluster = new(StartShared);
    private readonly string _bin;
    private readonly string _folder;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder, "data");

    /// <summary>The run's cluster, started on first use and stopped when the test process exits.</summary>
    public static Task<PostgresCluster> Shared => SharedCluster.Value;

    /// <summary>Starts a cluster of its own; fails, saying what to install, when PostgreSQL is missing.</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBinaries();
        var folder = Path.Combine(Path.GetTempPath(), "ov-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        var cluster = new PostgresCluster(bin, folder, AppProcess.FreePort());
        await cluster.RunAsServerUserAsync("initdb", ["-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        await cluster.StartServerAsync();
        cluster.WatchTestProcess();
        return cluster;
    }

    /// <summary>A connection string as an operator would write it, for a database on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 5 }.ToString();

    /// <summary>A fresh, empty database; one per test class keeps classes apart on the shared cluster.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ov_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server as a service restart would (fast shutdown: open connections are cut).</summary>
    public Task StopServerAsync() => RunAsServerUserAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);

    /// <summary>Starts the server again on the same data and port.</summary>
    public Task StartServerAsync() =>
        RunAsServerUserAsync("pg_ctl", [
            "-D", DataDirectory, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start",
        ]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Immediate: the data is thrown away, and the test process may not wait long at its exit.
            await RunAsServerUserAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static Task<PostgresCluster> StartShared() => StartAsync();

    /// <summary>
    /// Stops the server and removes its folder once this test process is gone, however it ended: the test host
    /// gives exit handlers too little time, and a crashed run must not leave a server behind.
    /// </summary>
    private void WatchTestProcess()
    {
        var stop = string.Join(' ', ServerUserCommand("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]).Select(a => $"'{a}'"));
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{_folder}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true };
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var watcher = Process.Start(start)!;
    }

    private static string FindBinaries()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "postgres")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: the store tests start their own server from /usr/lib/postgresql/*/bin. " +
            "Install it with `apt-get install postgresql` (scripts/test.sh does so when run as root).");
    }

    private Task RunAsServerUserAsync(string tool, IReadOnlyList<string> arguments)
    {
        var command = ServerUserCommand(tool, arguments);
        return RunAsync(command[0], command[1..]);
    }

    /// <summary>The server refuses to run as root; as root, its tools run as the <c>postgres</c> user.</summary>
    private string[] ServerUserCommand(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        return Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--", path, .. arguments] : [path, .. arguments];
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
