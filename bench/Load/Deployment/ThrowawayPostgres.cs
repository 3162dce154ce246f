using System.Diagnostics;
using Npgsql;

namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>
/// A PostgreSQL server of the benchmark's own from the Debian binaries: initdb into a temp folder, started on a free
/// loopback port and pinned like the app (taskset), stopped and removed at the end. Durable as an operator runs it
/// (fsync and synchronous_commit as PostgreSQL ships them), so an acknowledged vote means the same as SQLite's
/// synchronous=FULL. As root its tools run as the <c>postgres</c> user, which owns the folder.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What the nodes put into <c>ConnectionStrings:PostgreSQL</c>.</summary>
    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres" }.ToString();

    /// <summary>The server's processes (the postmaster and its backends), for their CPU time.</summary>
    public int[] ProcessIds()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(_folder, "data", "postmaster.pid")).First());
        return [postmaster, .. ProcessTree.ChildrenOf(postmaster)];
    }

    public static async Task<ThrowawayPostgres> StartAsync(string cores)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderBy(b => b, StringComparer.Ordinal)
            .LastOrDefault() ?? throw new InvalidOperationException("PostgreSQL is missing: apt-get install postgresql");
        var folder = Directory.CreateTempSubdirectory("ov-bench-pg-").FullName;
        if (Environment.UserName == "root")
        {
            await Shell.RunAsync("chown", "postgres:postgres", folder);
        }

        var server = new ThrowawayPostgres(bin, folder, Shell.FreePort());
        await server.AsServerUserAsync("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-instructions");
        await Shell.RunAsync("taskset", [
            "-c", cores, .. server.ServerUserCommand("pg_ctl", [
                "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400", "start"]),
        ]);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsServerUserAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task AsServerUserAsync(string tool, params string[] arguments)
    {
        var command = ServerUserCommand(tool, arguments);
        return Shell.RunAsync(command[0], command[1..]);
    }

    private string[] ServerUserCommand(string tool, string[] arguments) =>
        Environment.UserName == "root"
            ? ["runuser", "-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments]
            : [Path.Combine(_bin, tool), .. arguments];
}
