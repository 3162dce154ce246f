using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class StoredFormatWarmUpTests
{
    private static readonly DateTimeOffset Evening = new(2026, 12, 2, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task The_warm_up_plays_the_demo_evening_through_the_stored_formats_and_stores_nothing()
    {
        using var host = new HostFactory();
        var demo = host.Services.GetRequiredService<DemoEvening>();
        Assert.True(demo.IsAvailable);

        var restored = StoredFormatWarmUp.RoundTrip(demo.Script!, demo.Template!, Evening);

        var board = restored.PublicBoard(Evening);
        Assert.Equal(demo.Script!.StopAt, board.Phase);
        Assert.Equal(demo.Script.People.Count, board.Participants.Total);
        Assert.Equal(demo.Script.Groups.Count, restored.FacilitatorView(Evening).Groups.Count);
        Assert.Empty(await host.Services.GetRequiredService<AssemblyRepository>().ListActivityAsync());
    }
}
