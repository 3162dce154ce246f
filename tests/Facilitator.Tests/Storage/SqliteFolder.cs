using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>A contract test's own folder for real SQLite files, removed at the end.</summary>
internal sealed class SqliteFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ov-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The host's database file <paramref name="name"/> in this folder, as the host opens it (another call is another node on the same file).</summary>
    public DatabaseFile File(string name) =>
        new(Options.Create(new OffeneVersammlungOptions { DatabasePath = System.IO.Path.Combine(Path, name) }), new Environment(Path));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private sealed class Environment(string path) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "Test";

        public string ContentRootPath { get; set; } = path;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
