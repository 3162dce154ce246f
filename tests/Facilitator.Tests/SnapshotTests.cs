using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>The app writes snapshots beside the events as they come, loads from them after a restart and deletes them with the assembly.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ov-snapshots-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_app_snapshots_an_assembly_as_it_grows_and_a_restarted_app_loads_it_from_the_snapshot()
    {
        Api.CreatedAssembly created;
        string before;
        using (var host = new SnapshotHost(_folder))
        {
            created = await AssemblyApi.CreateAsync(host);
            await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
            await CollectTopicsAsync(facilitator);
            for (var i = 0; i < 6; i++)
            {
                await facilitator.AddPaperTopicAsync(Guid.NewGuid(), $"Thema {i}");
            }

            await host.Services.GetRequiredService<SnapshotWriter>().IdleAsync();
            before = System.Text.Json.JsonSerializer.Serialize(await facilitator.ViewAsync(), AssemblyApi.Json);
        }

        using var after = new SnapshotHost(_folder);
        var loaded = await after.Services.GetRequiredService<AssemblyRepository>().LoadWithSnapshotAsync(created.AssemblyId);
        await using var console = await FacilitatorDriver.ConnectAsync(after, created);

        Assert.InRange(loaded.SnapshotVersion, SnapshotHost.Every, loaded.Assembly!.Version);
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(await console.ViewAsync(), AssemblyApi.Json));
    }

    [Fact]
    public async Task Deleting_an_assembly_deletes_its_snapshots()
    {
        using var host = new SnapshotHost(_folder);
        var created = await AssemblyApi.CreateAsync(host);
        await using (var facilitator = await FacilitatorDriver.ConnectAsync(host, created))
        {
            await CollectTopicsAsync(facilitator);
            for (var i = 0; i < 6; i++)
            {
                await facilitator.AddPaperTopicAsync(Guid.NewGuid(), $"Thema {i}");
            }
        }

        await host.Services.GetRequiredService<SnapshotWriter>().IdleAsync();
        Assert.Equal(1, SnapshotRows(host));

        await host.Services.GetRequiredService<AssemblyDeletion>().DeleteAsync(created.AssemblyId);

        Assert.Equal(0, SnapshotRows(host));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private static async Task CollectTopicsAsync(FacilitatorDriver facilitator)
    {
        for (var i = 0; i < 3; i++)
        {
            await facilitator.AdvanceAsync();
        }
    }

    private static long SnapshotRows(HostFactory host)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM snapshots";
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>The host on a kept folder, snapshotting every few events so a test's handful of commands reaches one.</summary>
    private sealed class SnapshotHost(string folder) : HostFactory(folder, ownsFolder: false, port: 0)
    {
        public const int Every = 5;

        protected override void ConfigureHost(IWebHostBuilder builder) =>
            builder.UseSetting("OffeneVersammlung:SnapshotEveryEvents", Every.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
