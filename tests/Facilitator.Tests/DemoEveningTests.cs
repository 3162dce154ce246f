using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class DemoEveningTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Opening_the_demo_plays_the_scripted_evening_and_hands_out_links_that_work()
    {
        var demo = _host.Services.GetRequiredService<DemoEvening>();
        Assert.True(demo.IsAvailable, "the demo script and its template are copied next to the app");

        var opened = await _host.Services.GetRequiredService<AssemblyOpening>().OpenDemoAsync(demo.Script!, demo.Template!);

        Assert.True(opened.IsOpened, opened.Refusal?.ToString());
        var links = new CreatedAssembly(opened.AssemblyId, opened.JoinCode, "", "", "", "", opened.FacilitatorSecret, opened.ProjectorSecret);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(_host, links);
        var console = await facilitator.ViewAsync();
        Assert.Equal(demo.Script!.Title, console.Board.Title);
        Assert.Equal(demo.Script.StopAt, console.Board.Phase);
        Assert.Equal(demo.Script.People.Count, console.Board.Participants.Total);
        Assert.Equal(demo.Script.Groups.Count, console.Groups.Count);

        await using var newcomer = await LiveClient.ParticipantAsync(_host, opened.JoinCode, "Neu");
        Assert.Equal(demo.Script.People.Count + 1, (await facilitator.ViewAsync()).Board.Participants.Total);
    }
}
