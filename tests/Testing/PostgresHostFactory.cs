using Microsoft.AspNetCore.Hosting;

namespace OffeneVersammlung.Testing;

/// <summary>The real host on Kestrel with <c>Storage = PostgreSQL</c>, on a fresh database of the run's <see cref="PostgresCluster"/>.</summary>
public class PostgresHostFactory : HostFactory
{
    [ThreadStatic]
    private static string? _next;

    // A field initializer runs before the base constructor starts the server, which reads it in ConfigureHost.
    private readonly string _connectionString = TakeNext() ?? NewDatabase();

    public PostgresHostFactory()
        : base(NewFolder(), ownsFolder: true, port: 0)
    {
    }

    public string ConnectionString => _connectionString;

    /// <summary>A host on a database the caller chose, e.g. on a cluster the test stops and starts.</summary>
    public static PostgresHostFactory OnDatabase(string connectionString)
    {
        _next = connectionString;
        return new PostgresHostFactory();
    }

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OffeneVersammlung:Storage", "PostgreSQL");
        builder.UseSetting("ConnectionStrings:PostgreSQL", _connectionString);
    }

    private static string? TakeNext()
    {
        var next = _next;
        _next = null;
        return next;
    }

    private static string NewDatabase() => PostgresCluster.Shared.GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult();
}
