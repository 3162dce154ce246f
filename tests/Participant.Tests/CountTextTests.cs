using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>Counts on the phone read right for none, one and many, in German and in English.</summary>
public class CountTextTests : ParticipantTestContext
{
    [Theory]
    [InlineData("de", 0, "0 Personen sind dabei.")]
    [InlineData("de", 1, "1 Person ist dabei.")]
    [InlineData("de", 2, "2 Personen sind dabei.")]
    [InlineData("en", 0, "0 people are taking part.")]
    [InlineData("en", 1, "1 person is taking part.")]
    [InlineData("en", 2, "2 people are taking part.")]
    public void The_lobby_counts_the_people_there_in_the_singular_for_one(string language, int people, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Of(language));
        var board = Views.Board(Phase.Lobby) with { Participants = new(people, people, 0, 0) };

        var cut = Render<LobbyPhase>(p => p.Add(x => x.Board, board).Add(x => x.Own, Views.Own(0)));

        Assert.Contains(cut.FindAll("p"), p => p.TextContent == said);
    }

    [Theory]
    [InlineData("de", 1, "1 Eingabe wartet aufs Senden")]
    [InlineData("de", 2, "2 Eingaben warten aufs Senden")]
    [InlineData("en", 1, "1 input waiting to be sent")]
    [InlineData("en", 2, "2 inputs waiting to be sent")]
    public void The_badge_counts_what_waits_to_be_sent_in_the_singular_for_one(string language, int waiting, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Of(language));

        var cut = Render<ConnectionBadge>(p => p.Add(x => x.State, ConnectionState.Offline).Add(x => x.Interactive, true).Add(x => x.Waiting, waiting));

        Assert.Equal(said, cut.Find(".waiting").TextContent);
    }

    [Fact]
    public void Nothing_waiting_shows_no_count()
    {
        var cut = Render<ConnectionBadge>(p => p.Add(x => x.State, ConnectionState.Connected).Add(x => x.Interactive, true).Add(x => x.Waiting, 0));

        Assert.Empty(cut.FindAll(".waiting"));
    }
}
