using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>The one SQLite file of the host: events and access records live side by side in it.</summary>
public sealed class DatabaseFile
{
    public DatabaseFile(IOptions<OffeneVersammlungOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath))
    {
    }

    /// <summary>A file named outright, e.g. by the move command (<c>move --from sqlite:&lt;file&gt;</c>).</summary>
    public DatabaseFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>An open connection that waits for other writers and syncs every commit to disk.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
