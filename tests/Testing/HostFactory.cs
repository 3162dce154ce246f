using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The real host on a real Kestrel socket on loopback (so SignalR uses real WebSockets), with its own
/// SQLite file in a temp folder.
/// </summary>
public class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _ownsFolder;

    public HostFactory()
        : this(NewFolder(), ownsFolder: true)
    {
    }

    private HostFactory(string folder, bool ownsFolder)
        : this(folder, ownsFolder, port: 0)
    {
    }

    /// <summary>A host on a folder and a port the caller keeps, so a browser's pages find the server again after a "restart".</summary>
    protected HostFactory(string folder, bool ownsFolder, int port)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
        UseKestrel(port);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public Uri BaseAddress { get; }

    /// <summary>A fresh folder name under the temp directory, for a host that owns its database.</summary>
    protected static string NewFolder() => Path.Combine(Path.GetTempPath(), "ov-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>A host on a folder the caller keeps, e.g. to start again on the same database after a "restart".</summary>
    public static HostFactory On(string folder) => new(folder, ownsFolder: false);

    public string DatabasePath => DatabaseIn(_folder);

    /// <summary>The SQLite file a host on <paramref name="folder"/> uses, e.g. for the app as its own process on the same file.</summary>
    public static string DatabaseIn(string folder) => Path.Combine(folder, "test.db");

    protected virtual string? AdminToken => null;

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("OffeneVersammlung:DatabasePath", DatabasePath);
        builder.UseSetting("OffeneVersammlung:AdminToken", AdminToken ?? string.Empty);

        // Tests drive one connection far faster than a person; the throttling tests set the real limits.
        builder.UseSetting("OffeneVersammlung:InvocationBurst", "1000000");
        builder.UseSetting("OffeneVersammlung:InvocationsPerSecond", "1000000");
        builder.UseSetting("OffeneVersammlung:AssembliesPerAddressPerHour", "1000000");
        ConfigureHost(builder);
    }

    /// <summary>For hosts with other settings or services; runs after the defaults above, so it wins.</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
