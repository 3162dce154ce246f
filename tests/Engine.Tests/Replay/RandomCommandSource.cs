using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Projector;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Replay;

/// <summary>
/// Makes random commands from random actors, valid and invalid alike, against the ids the assembly
/// knows plus some it does not. Seeded, so a failing sequence can be replayed.
/// </summary>
internal sealed class RandomCommandSource(int seed)
{
    private static readonly string[] Words = ["müde", "froh", "Kiez", "Bank", "Baum", "", "  ", "zwei Worte", "\u202Egeheim"];
    private readonly Random _random = new(seed);

    // Wall moves draw from their own sequence, so the other commands' sequences stay what they were.
    private readonly Random _wall = new(seed + 7919);
    // The projector's second language, too, so adding it left the other sequences as they were.
    private readonly Random _screens = new(seed + 104729);

    // So do invitations, for the same reason.
    private readonly Random _invitation = new(seed + 104729);

    // Recommendations draw from their own sequence as well.
    private readonly Random _recommending = new(seed + 15485863);

    // The follow-up's import and status reports too.
    private readonly Random _followingUp = new(seed + 32452843);

    // The speakers' list too: its own sequence, and its commands come between the others (which wait
    // their turn), so the others' sequences stay close to what they were; none adds a person (AddSpeakerByName),
    // which would change whom the others pick.
    private readonly Random _speaking = new(seed + 104729);
    private (AssemblyCommand Command, Actor Actor)? _deferred;
    private bool _speakingNow;

    public (AssemblyCommand Command, Actor Actor) Next(AssemblyState state)
    {
        _speakingNow = false;
        if (_deferred is { } due)
        {
            _deferred = null;
            return due;
        }

        var next = NextOfTheOthers(state);
        if (_speaking.Next(12) != 0)
        {
            return next;
        }

        _deferred = next;
        _speakingNow = true;
        var people = state.Participants.Select(p => p.Id).Append(Guid.NewGuid()).ToList();
        return Speaking(Guid.NewGuid(), state, people[_speaking.Next(people.Count)]);
    }

    private (AssemblyCommand Command, Actor Actor) NextOfTheOthers(AssemblyState state)
    {
        var people = state.Participants.Select(p => p.Id).Append(Guid.NewGuid()).ToList();
        var topics = state.TopicsById.Keys.Append(Guid.NewGuid()).ToList();
        var groups = state.Groups.Select(g => g.Id).Append(Guid.NewGuid()).ToList();
        var clusters = state.Clusters.Select(c => c.Id).Append(Guid.NewGuid()).ToList();
        var knocks = state.Knocks.Select(k => k.ParticipantId).Append(Guid.NewGuid()).ToList();
        var person = Pick(people);
        var actor = _random.Next(2) == 0 ? Actor.Facilitator : Actor.Participant(_random.Next(5) == 0 ? Pick(people) : person);
        var id = Guid.NewGuid();
        if (_wall.Next(30) == 0)
        {
            return (WallMove(id, topics, clusters), _wall.Next(4) == 0 ? Actor.Participant(person) : Actor.Facilitator);
        }

        if (_invitation.Next(80) == 0)
        {
            return (Invitation(id, state), _invitation.Next(4) == 0 ? Actor.Participant(person) : Actor.Facilitator);
        }

        if (_recommending.Next(40) == 0)
        {
            return (Recommendation(id, topics), _recommending.Next(4) == 0 ? Actor.Participant(person) : Actor.Facilitator);
        }

        if (_followingUp.Next(40) == 0)
        {
            return (FollowUp(id, groups), _followingUp.Next(3) == 0 ? Actor.Participant(person) : Actor.Facilitator);
        }

        AssemblyCommand command = _random.Next(22) switch
        {
            0 => new ChangePhase(id, NextTrigger()),
            2 => Join(id, ref actor),
            1 or 3 => new AddPaperParticipant(id, Guid.NewGuid(), Pick(Words), Presence.InRoom),
            4 => new CheckIn(id, person, (Mood)_random.Next(7), Pick(Words)),
            5 => new CheckOut(id, person, (Mood)_random.Next(7), Pick(Words)),
            6 => new SubmitTopic(id, Guid.NewGuid(), person, $"Thema {_random.Next(100)}{Pick(Words)}", null),
            7 => new EditTopic(id, Pick(topics), Pick(Words), null),
            8 => new WithdrawTopic(id, Pick(topics)),
            9 => new ModerateTopic(id, Pick(topics), (TopicVisibility)_random.Next(3)),
            10 => new MergeTopics(id, Pick(topics), Pick(topics)),
            11 => new NameCluster(id, Pick(clusters), Pick(Words)),
            12 => new PlaceTopic(id, Pick(topics), _random.Next(3) == 0 ? null : Pick(clusters)),
            13 or 14 or 15 => new CastDot(id, person, Pick(topics)),
            16 => new RemoveDot(id, person, PickOr(state.Votes.Current.DotsByTopicOf(person).Keys.ToList(), topics)),
            17 => new AdjustPaperDots(id, Pick(topics), _random.Next(-2, 6)),
            18 => _random.Next(2) == 0 ? new RevealVotes(id) : new StartRunOff(id, PickOr(Ranking.Ties(Ranking.Of(state)), [[Pick(topics), Pick(topics)]])),
            19 => _random.Next(2) == 0 ? new SeedProjectGroups(id) : new JoinProjectGroup(id, person, Pick(groups)),
            20 => _random.Next(2) == 0
                ? new LeaveProjectGroup(id, PickOr(state.Participants.Where(p => p.GroupId is not null).Select(p => p.Id).ToList(), people))
                : new UpdateGroupProfile(id, Pick(groups), GroupProfile.Named(_random.Next(3) == 0 ? Pick(Words) : $"Gruppe {_random.Next(9)}")),
            21 when _random.Next(3) == 0 => new RemoveCluster(id, Pick(clusters)),
            _ => _random.Next(8) switch
            {
                // The door mostly open and knocks mostly let in, so runs still gather people who vote.
                5 => new SetDoor(id, _random.Next(4) == 0 ? (Door)_random.Next(4) : Door.Open),
                6 => _random.Next(4) == 0 ? new TurnAwayKnocker(id, Pick(knocks)) : new AdmitKnocker(id, Pick(knocks)),
                0 => new StartTimer(id, _random.Next(2) == 0 ? null : _random.Next(-5, 600)),
                1 => new PauseTimer(id),
                2 => ScreenSetting(id, _random.Next(2) == 0),
                3 => new SetRetention(id, _random.Next(-5, 4000)),
                4 => new RecordHeadcount(id, _random.Next(-3, 80)),
                _ => new ExtendTimer(id, _random.Next(-120, 120)),
            },
        };
        return (command, actor);
    }

    /// <summary>Mostly a mark (now and then with a bad sentence), sometimes a move or an unmark.</summary>
    private AssemblyCommand Recommendation(Guid id, List<Guid> topics)
    {
        var topic = topics[_recommending.Next(topics.Count)];
        return _recommending.Next(4) switch
        {
            0 => new UnmarkRecommendation(id, topic),
            1 => new MoveRecommendation(id, topic, _recommending.Next(-1, 4)),
            _ => new MarkRecommendation(id, topic, _recommending.Next(5) == 0 ? Words[_recommending.Next(Words.Length)] : $"Empfehlung {_recommending.Next(9)}."),
        };
    }

    /// <summary>Now and then the import of last time's groups (once it counts, later ones are refused), mostly a status report.</summary>
    private AssemblyCommand FollowUp(Guid id, List<Guid> groups)
    {
        if (_followingUp.Next(5) == 0)
        {
            var carried = Enumerable.Range(0, _followingUp.Next(0, 3))
                .Select(i => new CarriedGroup(Guid.NewGuid(), Words[_followingUp.Next(Words.Length)] + $" {i}", null, [], [new("Schritt", _followingUp.Next(2) == 0), new(Words[_followingUp.Next(Words.Length)], false)], ["Ayşe"]))
                .ToList();
            return new CarryOverGroups(id, new FollowUpOrigin(Guid.NewGuid(), "Letztes Mal", null), carried);
        }

        return new ReportGroupStatus(id, groups[_followingUp.Next(groups.Count)], (GroupStatus)_followingUp.Next(5), _followingUp.Next(4) == 0 ? "\u202E" : "Läuft", [_followingUp.Next(-1, 3)]);
    }

    private static readonly List<string> ProjectorLanguages = ["tr", "ar", "uk", "en", "xx"];

    /// <summary>The join code's visibility, or now and then the projector's second language, from a stream of its own so the other draws stay as they were.</summary>
    private AssemblyCommand ScreenSetting(Guid id, bool visible) => _screens.Next(4) == 0
        ? new ChooseProjectorLanguage(id, _screens.Next(3) == 0 ? null : ProjectorLanguages[_screens.Next(ProjectorLanguages.Count)])
        : new ShowJoinCode(id, visible);

    private AssemblyCommand WallMove(Guid id, List<Guid> topics, List<Guid> clusters) => _wall.Next(2) == 0
        ? new MoveCard(id, topics[_wall.Next(topics.Count)], _wall.Next(-50, 3000), _wall.Next(-50, 3000))
        : new MoveArea(id, clusters[_wall.Next(clusters.Count)], _wall.Next(-50, 3000), _wall.Next(-50, 3000));

    /// <summary>Now and then a bad field, a series, or none: the title, date and place become the assembly's.</summary>
    private Announce Invitation(Guid id, AssemblyState state) => new(
        id,
        _invitation.Next(6) == 0 ? " " : $"Einladung {_invitation.Next(9)}",
        (state.StartsAt ?? new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.FromHours(1))).AddDays(_invitation.Next(-40, 40)),
        _invitation.Next(3) == 0 ? null : Words[_invitation.Next(Words.Length)],
        _invitation.Next(5) == 0 ? "javascript:alert(1)" : null,
        new Accessibility(_invitation.Next(2) == 0, false, _invitation.Next(2) == 0, null),
        _invitation.Next(5) == 0 ? "ruf an" : "030 1234567",
        [Words[_invitation.Next(Words.Length)]],
        _invitation.Next(3) == 0 ? null : new SeriesRule((Repeat)_invitation.Next(3), SeriesRule.DefaultTimeZone));

    /// <summary>Mostly forward, sometimes back, rarely the early close, so runs reach every phase.</summary>
    private (AssemblyCommand Command, Actor Actor) Speaking(Guid id, AssemblyState state, Guid person)
    {
        var list = state.Speakers;
        var waiting = list.Waiting.ToList();
        var own = _speaking.Next(5) == 0 ? Actor.Facilitator : Actor.Participant(person);
        return _speaking.Next(9) switch
        {
            0 => (new SetSpeakersList(id, _speaking.Next(3) > 0), Actor.Facilitator),
            1 or 2 => (new RaiseHand(id, person), own),
            3 => (new LowerHand(id, waiting.Count > 0 && _speaking.Next(3) > 0 ? waiting[_speaking.Next(waiting.Count)] : person), own),
            4 => (new MoveSpeakerUp(id, waiting.Count > 0 && _speaking.Next(3) > 0 ? waiting[_speaking.Next(waiting.Count)] : person), Actor.Facilitator),
            5 or 6 => (new CallNextSpeaker(id, _speaking.Next(6) == 0 ? person : list.Current), Actor.Facilitator),
            7 => (new RaiseHand(id, person), Actor.Facilitator),
            _ => (new SetSpeakingRules(id, _speaking.Next(3) == 0 ? null : _speaking.Next(-10, 2000), _speaking.Next(2) == 0, _speaking.Next(2) == 0), Actor.Facilitator),
        };
    }

    private PhaseTrigger NextTrigger() => _random.Next(100) switch
    {
        < 60 => PhaseTrigger.Advance,
        < 80 => PhaseTrigger.StepBack,
        < 92 => PhaseTrigger.ReopenTopicCollection,
        < 99 => PhaseTrigger.RunOff,
        _ => PhaseTrigger.Close,
    };

    private JoinAssembly Join(Guid id, ref Actor actor)
    {
        var newcomer = _random.Next(6) == 0 ? Guid.NewGuid() : actor.ParticipantId ?? Guid.NewGuid();
        actor = _random.Next(6) == 0 ? actor : Actor.Participant(newcomer);
        return new JoinAssembly(id, newcomer, $"device-{_random.Next(12)}", _random.Next(2) == 0 ? null : Pick(Words), (Presence)_random.Next(3));
    }

    public TimeSpan NextPause() => TimeSpan.FromSeconds(_speakingNow ? _speaking.Next(0, 90) : _random.Next(0, 90));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Usually one of the likely candidates, when there are any; otherwise anything.</summary>
    private T PickOr<T>(IReadOnlyList<T> likely, IReadOnlyList<T> any) => likely.Count > 0 && _random.Next(4) > 0 ? Pick(likely) : Pick(any);
}
