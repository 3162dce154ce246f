using OffeneVersammlung.Engine.Tests.Storage;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>A whole assembly as an earlier build stored it in its SQLite file must replay to the views it had then.</summary>
public class DemoAssemblyGoldenTests
{
    [Fact]
    public async Task The_stored_demo_assembly_replays_to_the_views_it_showed_when_it_was_stored()
    {
        if (!GoldenFiles.Exists(DemoAssemblyGolden.Database))
        {
            GoldenFiles.AssertMayWrite(DemoAssemblyGolden.Database);
            using var fresh = new TempDatabase();
            await DemoAssemblyGolden.WriteAsync(fresh.Path);
            File.Copy(fresh.Path, GoldenFiles.PathOf(DemoAssemblyGolden.Database));
        }

        // The store opens its file for writing (and may upgrade it): work on a copy, the golden file stays as stored.
        using var copy = new TempDatabase();
        File.Copy(GoldenFiles.PathOf(DemoAssemblyGolden.Database), copy.Path);

        var views = await DemoAssemblyGolden.ViewsOfAsync(copy.Path);

        Assert.Equal(GoldenFiles.TextOrWrite(DemoAssemblyGolden.Views, () => views), views);
    }
}
