using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;

namespace OffeneVersammlung.Participant.Tests;

public class CountdownTests : ParticipantTestContext
{
    [Fact]
    public void A_timer_nobody_started_says_ready_as_the_console_and_the_wall_do()
    {
        var cut = Render<Countdown>(p => p.Add(x => x.Timer, new TimerView(600, 600, false, null)));

        Assert.Equal("Bereit 10:00", Said(cut));
    }

    [Fact]
    public void A_paused_timer_says_paused_with_the_time_that_is_left()
    {
        var cut = Render<Countdown>(p => p.Add(x => x.Timer, new TimerView(600, 252, false, null)));

        Assert.Equal("Pausiert 4:12", Said(cut));
    }

    [Fact]
    public void A_running_timer_counts_down_what_is_left()
    {
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        var cut = Render<Countdown>(p => p.Add(x => x.Timer, new TimerView(600, 252, true, DateTimeOffset.UtcNow.AddSeconds(252))));

        Assert.StartsWith("Noch Zeit: 4:", Said(cut), StringComparison.Ordinal);
    }

    private static string Said(IRenderedComponent<Countdown> cut) =>
        string.Join(" ", cut.Find(".countdown").Children.Select(c => c.TextContent.Trim()));
}
