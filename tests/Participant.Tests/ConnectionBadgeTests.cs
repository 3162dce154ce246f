using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

public class ConnectionBadgeTests : ParticipantTestContext
{
    [Theory]
    [InlineData(ConnectionState.Connected, "Verbunden")]
    [InlineData(ConnectionState.Reconnecting, "Verbindung unterbrochen – verbinde neu …")]
    [InlineData(ConnectionState.Offline, "Offline – deine Eingaben werden gespeichert und später gesendet")]
    public void Tells_the_connection_state_honestly(ConnectionState state, string text)
    {
        var cut = Render<ConnectionBadge>(p => p.Add(x => x.State, state).Add(x => x.Interactive, true));

        Assert.Contains(text, cut.Find(".connection").TextContent, StringComparison.Ordinal);
        Assert.Equal("polite", cut.Find(".connection").GetAttribute("aria-live"));
    }

    [Fact]
    public void Before_the_app_runs_it_says_loading_and_counts_what_waits()
    {
        var cut = Render<ConnectionBadge>(p => p.Add(x => x.State, ConnectionState.Connected).Add(x => x.Waiting, 2));

        Assert.Contains("Lädt …", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2 Eingaben warten aufs Senden", cut.Markup, StringComparison.Ordinal);
    }
}
