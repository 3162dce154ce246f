using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Storage;
using OffeneVersammlung.Engine.Tests.StoredFormat;

namespace OffeneVersammlung.Engine.Tests.Snapshots;

/// <summary>The stored demo evening's events (the golden file, read from a copy: the store may upgrade what it opens).</summary>
internal static class DemoHistory
{
    public static async Task<List<RecordedEvent>> ReadAsync()
    {
        using var copy = new TempDatabase();
        File.Copy(GoldenFiles.PathOf(DemoAssemblyGolden.Database), copy.Path);
        var history = new List<RecordedEvent>();
        await using (var store = new SqliteEventStore(copy.Path))
        {
            await foreach (var recorded in new AssemblyRepository(store).ReadAsync(DemoAssemblyGolden.AssemblyId, long.MaxValue))
            {
                history.Add(recorded);
            }
        }

        return history;
    }
}
