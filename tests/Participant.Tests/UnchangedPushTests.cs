using System.Reflection;
using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>
/// Issue 12: in a circuit every render of the phone is a batch its server serialises, sends and waits on.
/// Before the reveal another person's dot changes nothing a phone shows (the room's board only counts
/// up its version and its voters), so such a push must render nothing; the phone's own dot must. The phone marks
/// its screen with the board version it was rendered from (<c>data-version</c>, which the bench's circuit client
/// reads out of the render batch to time a change exactly); that mark moves with a render, never causes one.
/// </summary>
public sealed class UnchangedPushTests : ParticipantTestContext
{
    private static readonly PublicBoard Voting = Views.Board(Phase.DotVoting);
    private static readonly OwnView Amal = Views.Own(3) with { Version = Voting.Version };

    public UnchangedPushTests()
    {
        Services.AddScoped<PushingLine>();
        Services.AddScoped<IParticipantLine>(s => s.GetRequiredService<PushingLine>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        JSInterop.SetupVoid(_ => true).SetVoidResult();
        JSInterop.Setup<string?>(_ => true);
        JSInterop.Setup<bool>(_ => true);
        JSInterop.Setup<CircuitStart.BrowserStart>("ovPhone.start", _ => true)
            .SetResult(new CircuitStart.BrowserStart(null, true, new() { [LanguagePreference.Key] = null, [DeviceTokenStore.Key] = null, [CommandQueue.Key] = null }));
    }

    [Fact]
    public async Task Another_persons_dot_before_the_reveal_renders_nothing_on_the_phone()
    {
        var phone = JoinedPhone();
        var renders = phone.RenderCount;

        Line.PushBoard(OtherPersonsDot(Voting, 1));
        Line.PushBoard(OtherPersonsDot(Voting, 2));
        await phone.InvokeAsync(() => { }); // the renders the pushes asked for ran before this

        Assert.Equal(renders, phone.RenderCount);
        Line.PushOwn(Amal with { Version = Voting.Version + 3, OwnDots = new Dictionary<Guid, int> { [Views.Playground] = 1 }, DotsLeft = 2 });
        phone.WaitForAssertion(() => Assert.Equal("Du hast noch 2 von 3 Punkten.", phone.Find(".dots-left").TextContent));
        Assert.True(phone.RenderCount > renders);
    }

    [Fact]
    public void The_phone_marks_its_screen_with_the_board_version_it_was_rendered_from()
    {
        var phone = JoinedPhone();
        Assert.Equal("7", phone.Find("main").GetAttribute("data-version"));

        Line.PushBoard(Voting with
        {
            Version = Voting.Version + 1,
            Topics = [.. Voting.Topics, new TopicCard(Guid.NewGuid(), 3, "Licht im Park", null, null, null, false)],
        });

        phone.WaitForAssertion(() => Assert.Equal("8", phone.Find("main").GetAttribute("data-version")));
        Assert.Contains("Licht im Park", phone.Find(".card[aria-labelledby=vote-title]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_that_changes_nothing_shown_keeps_the_version_of_the_last_render()
    {
        var phone = JoinedPhone();
        var renders = phone.RenderCount;

        Line.PushBoard(OtherPersonsDot(Voting, 1));
        await phone.InvokeAsync(() => { });

        Assert.Equal(renders, phone.RenderCount);
        Assert.Equal("7", phone.Find("main").GetAttribute("data-version"));
    }

    [Fact]
    public void A_phone_that_has_not_joined_carries_no_board_version()
    {
        var phone = Render<PhoneApp>(p => p.Add(x => x.Code, "ABC123"));

        phone.WaitForAssertion(() => Assert.False(phone.Find("button[type=submit]").HasAttribute("disabled")));
        Assert.False(phone.Find("main").HasAttribute("data-version"));
    }

    [Fact]
    public void A_voting_screen_given_a_board_that_differs_only_in_others_dots_does_not_render()
    {
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, Voting).Add(x => x.Own, Amal));
        var voting = screen.FindComponent<VotingPhase>();

        screen.Render(p => p.Add(x => x.Board, OtherPersonsDot(Voting, 1)).Add(x => x.Own, Amal with { Version = Voting.Version + 1 }));
        screen.Render(p => p.Add(x => x.Board, OtherPersonsDot(Voting, 2)));

        Assert.Equal(1, screen.RenderCount);
        Assert.Equal(1, voting.RenderCount);
    }

    [Fact]
    public void A_voting_screen_renders_when_the_phones_own_dots_change()
    {
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, Voting).Add(x => x.Own, Amal));

        screen.Render(p => p.Add(x => x.Own, Amal with { Version = Voting.Version + 1, OwnDots = new Dictionary<Guid, int> { [Views.Benches] = 1 }, DotsLeft = 2 }));

        Assert.Equal(2, screen.FindComponent<VotingPhase>().RenderCount);
        Assert.Equal("Du hast noch 2 von 3 Punkten.", screen.Find(".dots-left").TextContent);
        Assert.Equal(["1", "0"], screen.FindAll(".count").Select(c => c.TextContent));
    }

    [Fact]
    public void A_new_topic_on_the_board_renders_the_topic_list()
    {
        var collecting = Views.Board(Phase.TopicCollection);
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, collecting).Add(x => x.Own, Amal));

        screen.Render(p => p.Add(x => x.Board, collecting with
        {
            Version = collecting.Version + 1,
            Topics = [.. collecting.Topics, new TopicCard(Guid.NewGuid(), 3, "Licht im Park", null, null, null, false)],
        }));

        Assert.Contains("Licht im Park", screen.Find(".card[aria-labelledby=topic-board]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_topic_renders_only_the_new_card()
    {
        var collecting = Views.Board(Phase.TopicCollection);
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, collecting).Add(x => x.Own, Amal));
        var before = screen.FindComponents<BoardTopic>();

        screen.Render(p => p.Add(x => x.Board, collecting with
        {
            Version = collecting.Version + 1,
            Topics = [.. collecting.Topics.Select(t => t with { }), new TopicCard(Guid.NewGuid(), 3, "Licht im Park", null, null, null, false)],
        }));

        var cards = screen.FindComponents<BoardTopic>();
        Assert.Equal(3, cards.Count);
        Assert.All(before, card => Assert.Equal(1, card.RenderCount));
        Assert.Equal("Licht im Park", cards[2].Find(".topic-text").TextContent);
        Assert.Equal(1, cards[2].RenderCount);
    }

    [Fact]
    public void An_edited_topic_renders_its_own_card_again_and_no_other()
    {
        var collecting = Views.Board(Phase.TopicCollection);
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, collecting).Add(x => x.Own, Amal));

        screen.Render(p => p.Add(x => x.Board, collecting with
        {
            Version = collecting.Version + 1,
            Topics = [collecting.Topics[0] with { Text = "Mehr Bänke und Schatten am Platz" }, collecting.Topics[1] with { }],
        }));

        var cards = screen.FindComponents<BoardTopic>();
        Assert.Equal([2, 1], cards.Select(c => c.RenderCount));
        Assert.Equal("Mehr Bänke und Schatten am Platz", cards[0].Find(".topic-text").TextContent);
    }

    [Fact]
    public void The_phones_turn_on_the_speakers_list_renders_even_when_nothing_else_changed()
    {
        var list = new SpeakersBoard(true, new SpeakerCard("Heinz", Presence.InRoom, false), [new SpeakerCard("Amal", Presence.InRoom, false)], 1, null, false);
        var waiting = Voting with { Speakers = list };
        var screen = Render<PhaseScreen>(p => p.Add(x => x.Board, waiting).Add(x => x.Own, Amal with { PlaceInLine = 1 }));

        screen.Render(p => p
            .Add(x => x.Board, waiting with { Version = waiting.Version + 1, Speakers = list with { Current = new SpeakerCard("Amal", Presence.InRoom, false), Next = [], WaitingCount = 0 } })
            .Add(x => x.Own, Amal with { Version = waiting.Version + 1, PlaceInLine = null, IsSpeaking = true }));

        Assert.Contains("speaking your-turn", screen.Find("section.speaking").ClassName, StringComparison.Ordinal);
    }

    private PushingLine Line => Services.GetRequiredService<PushingLine>();

    /// <summary>The room's board after someone else's dot: a new version and one voter more, each list built anew as the server builds it.</summary>
    private static PublicBoard OtherPersonsDot(PublicBoard board, int dots) => board with
    {
        Version = board.Version + dots,
        Topics = [.. board.Topics.Select(t => t with { })],
        Phases = [.. board.Phases],
        Voting = board.Voting with { VoterCount = board.Voting.VoterCount + dots },
    };

    private IRenderedComponent<PhoneApp> JoinedPhone()
    {
        var phone = Render<PhoneApp>(p => p.Add(x => x.Code, "ABC123"));
        phone.WaitForAssertion(() => Assert.False(phone.Find("main button[type=submit]").HasAttribute("disabled")));
        phone.Find("main form").Submit();
        phone.WaitForAssertion(() => Assert.Equal("Du hast noch 3 von 3 Punkten.", phone.Find(".dots-left").TextContent));
        return phone;
    }

    /// <summary>A circuit's line that is up at once, lets every join into the dot voting and pushes what a test hands it.</summary>
    public sealed class PushingLine : IParticipantLine
    {
        public IParticipantHub Server { get; } = DispatchProxy.Create<IParticipantHub, VotingHub>();

        public bool IsUp => true;

        public event Action<PublicBoard>? BoardChanged;

        public event Action<OwnView>? OwnViewChanged;

        public event Func<Guid, Task>? AssemblyDeleted { add { } remove { } }

        public event Func<Task>? Connected;

        public event Action? Reconnecting { add { } remove { } }

        public event Action<long>? Failed { add { } remove { } }

        public void PushBoard(PublicBoard board) => BoardChanged?.Invoke(board);

        public void PushOwn(OwnView own) => OwnViewChanged?.Invoke(own);

        public Task StartAsync(CancellationToken stopping) => Connected?.Invoke() ?? Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public void Dispose()
        {
        }
    }

    /// <summary>Accepts every join into the dot voting; nothing else is asked of it here.</summary>
    public class VotingHub : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IParticipantHub.Join)
                ? Task.FromResult(new JoinResult(true, null, null, Voting.AssemblyId, Amal.ParticipantId, "token", new ParticipantView(Voting, Amal)))
                : throw new NotSupportedException(targetMethod?.Name);
    }
}
