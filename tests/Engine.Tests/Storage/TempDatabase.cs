namespace OffeneVersammlung.Engine.Tests.Storage;

/// <summary>A real SQLite file in its own temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ov-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
    }

    public string Path => System.IO.Path.Combine(_folder, "events.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
