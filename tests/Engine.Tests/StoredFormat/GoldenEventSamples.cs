using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Projector;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// One realistic event of every kind, in its current shape: the golden file of a kind's current schema
/// version is written from here (once) and today's build must keep writing exactly those bytes. A new
/// event kind adds its sample here; the golden tests say so when it is missing.
/// </summary>
internal static class GoldenEventSamples
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 22, 18, 30, 15, TimeSpan.FromHours(1));
    private static readonly Guid Assembly = Guid.Parse("5f0c2a1e-9b3d-4c8e-a7f1-2d6b9e4c3a10");
    private static readonly Guid Ayse = Guid.Parse("a1e5a1e5-0001-4d2c-9a7b-3c4d5e6f7a81");
    private static readonly Guid Heinz = Guid.Parse("4e1e2a00-0002-4b1c-8d9e-0f1a2b3c4d52");
    private static readonly Guid Breakfast = Guid.Parse("f00d0001-7a6b-4c5d-9e8f-1a2b3c4d5e63");
    private static readonly Guid Bench = Guid.Parse("be0c0002-6b5a-4d3c-8b7a-2b3c4d5e6f74");
    private static readonly Guid Together = Guid.Parse("c1a5e001-5a4b-4e3d-9c2b-3c4d5e6f7a85");
    private static readonly Guid BreakfastTeam = Guid.Parse("9a0c1e2d-4b3a-4f5e-8d7c-4d5e6f7a8b96");

    public static IReadOnlyList<AssemblyEvent> All { get; } =
    [
        new AssemblyCreated(Assembly, "Offene Versammlung im Hofkiez", "Nachbarschaftshaus am Markt, großer Saal", Evening.AddMinutes(-30), AssemblyFormat.Hybrid, Template(), Evening.AddMinutes(-45)),
        new PhaseChanged(Phase.TopicCollection, Phase.Clustering, PhaseTrigger.Advance, Evening),
        new TimerStarted(900, Evening),
        new TimerPaused(Evening.AddMinutes(7)),
        new TimerExtended(300),
        new ParticipantJoined(Ayse, "k7Qm2Xw9bZ4rT1sV8yN3pL6dF0hJ5cA-gE_uI", "Ayşe", Presence.Remote, Channel.Phone, Evening),
        new CheckedIn(Ayse, new MoodWord(Mood.Good, "neugierig")),
        new CheckedOut(Heinz, new MoodWord(Mood.VeryGood, "zufrieden")),
        new TopicSubmitted(Breakfast, Ayse, "Ein gemeinsames Frühstück im Hof – damit sich die Häuser kennenlernen", "Zusammenleben", TopicSource.Phone, TopicVisibility.Pending, Evening),
        new TopicEdited(Bench, "Eine Bank an der Bushaltestelle Marktstraße", "Mobilität"),
        new TopicWithdrawn(Breakfast),
        new TopicVisibilityChanged(Breakfast, TopicVisibility.Hidden),
        new TopicsMerged(Bench, Breakfast),
        new ClusterNamed(Together, "Zusammenleben & Nachbarschaft"),
        new ClusterRemoved(Together),
        new TopicClustered(Bench, Together),
        new DotCast(Ayse, Breakfast, 1),
        new DotRemoved(Ayse, Breakfast, 2),
        new PaperDotsAdjusted(Bench, -2, 1),
        new VotesRevealed(2),
        new RunOffStarted(2, [Breakfast, Bench]),
        new ProjectGroupCreated(BreakfastTeam, Breakfast, GroupProfile.Named("Hof-Frühstück")),
        new JoinedProjectGroup(Heinz, BreakfastTeam),
        new LeftProjectGroup(Ayse, BreakfastTeam),
        new GroupProfileUpdated(BreakfastTeam, new GroupProfile(
            "Hof-Frühstück",
            "Die Häuser am Hof kennen sich kaum.",
            ["Ein Frühstück im Frühling", "Eine Liste, wer was mitbringt"],
            "Mindestens 20 Nachbar:innen kommen.",
            "Hausverwaltung fragen, Tische leihen",
            new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.FromHours(1)),
            "Café Eck, Marktstraße 3",
            "Tische und Bänke vom Nachbarschaftshaus",
            "hof-fruehstueck@example.org")),
        new RetentionSet(30),
        new HeadcountRecorded(34, Evening.AddMinutes(12)),
        new JoinCodeVisibilityChanged(false),
        new DoorSet(Door.ByApproval),
        new KnockedAtDoor(Guid.Parse("5b0c8e2a-7d41-4f3e-9a6b-2c1d0e9f8a71"), "k7Qx2mLp9Vb3Nw8Rt5Yz1Hc6Jd4Fg0Sa", "Spätkommer", Presence.Remote, Evening.AddMinutes(47)),
        new KnockerTurnedAway(Guid.Parse("5b0c8e2a-7d41-4f3e-9a6b-2c1d0e9f8a71")),
        new CardMoved(Bench, 472, 1208),
        new AreaMoved(Together, 1496, 80),
        new ProjectorLanguageChosen("ar"),
        new RecommendationMarked(Bench, "Der Bezirk stellt bis zum Frühjahr eine Bank an die Haltestelle Marktstraße.", Evening.AddMinutes(95)),
        new RecommendationUnmarked(Breakfast),
        new RecommendationMoved(Bench, 0),
        new GroupsCarriedOver(
            new FollowUpOrigin(Assembly, "Offene Versammlung im Hofkiez", Evening.AddDays(-28)),
            [new CarriedGroup(
                BreakfastTeam,
                "Hof-Frühstück",
                "Die Häuser am Hof kennen sich kaum.",
                ["Ein Frühstück im Frühling"],
                [new CarriedStep("Hausverwaltung fragen", true), new CarriedStep("Tische leihen", false)],
                ["Ayşe", "Heinz"])]),
        new GroupStatusReported(BreakfastTeam, GroupStatus.Stuck, "Die Hausverwaltung hat noch nicht geantwortet.", [0, 1], Evening.AddMinutes(50)),
        new AnnouncementSet(new Announcement(
            "Offene Versammlung im Gemeinschaftsgarten",
            new DateTimeOffset(2026, 3, 5, 18, 0, 0, TimeSpan.FromHours(1)),
            "Nachbarschaftshaus, Saal 1",
            "https://treffen.example.org/kiez",
            new Accessibility(true, false, true, "Eingang mit Rampe an der Seite"),
            "+49 30 1234567",
            ["Wir reden nacheinander.", "Mikrofon aus, während andere sprechen."],
            new SeriesRule(Repeat.MonthlyOnWeekday, "Europe/Berlin"))),
        new SpeakersListSet(true),
        new HandRaised(Ayse, Evening.AddMinutes(21)),
        new HandLowered(Heinz, true),
        new SpeakerMoved(Ayse, 0),
        new SpeakerCalled(Ayse, Evening.AddMinutes(24)),
        new SpeakingRulesSet(120, true, true, true),
    ];

    private static readonly Guid BreakfastSpace = Guid.Parse("6a0c1e2d-4b3a-4f5e-8d7c-4d5e6f7a8b01");
    private static readonly Guid PosterStep = Guid.Parse("57e90001-3c2b-4a1d-8e7f-5e6f7a8b9c02");
    private static readonly Guid JuneMeeting = Guid.Parse("da7e0001-2b1a-4c0d-9f8e-6f7a8b9c0d03");

    /// <summary>One of every group space kind (decision 0018): their own union, stored beside the assembly's.</summary>
    public static IReadOnlyList<GroupSpaceEvent> GroupSpaces { get; } =
    [
        new GroupSpaceOpened(
            BreakfastSpace,
            "Offene Versammlung im Hofkiez",
            Evening.AddMinutes(-30),
            SpaceProfile(),
            ["Hausverwaltung fragen", "Aushang machen"],
            Evening.AddDays(14),
            "Hof, Haus 3",
            [new SpaceMember(Ayse, "Ayşe", false), new SpaceMember(Heinz, "Heinz", true)],
            Evening.AddHours(3)),
        new SpaceProfileEdited(Ayse, SpaceProfile() with { Status = "Zwei Treffen, ein Aushang" }),
        new FirstStepSet(PosterStep, "Aushang im Treppenhaus", true),
        new MeetingDateAdded(JuneMeeting, Evening.AddMonths(1), "Café Eck, Marktstraße 4"),
        new MeetingDateRemoved(JuneMeeting),
        new StatusEntryWritten(Guid.Parse("e0e00001-1a0b-4d9c-8e7f-7a8b9c0d1e04"), Heinz, "Die Hausverwaltung sagt ja, Tische gibt es im Keller.", Evening.AddMonths(1)),
        new MemberChanged(Ayse, "0170 1234567 (abends)", false),
        new SpaceSettingsSet(true, 24),
    ];

    private static SpaceProfile SpaceProfile() => new(
        "Hof-Frühstück",
        "Die Häuser am Hof kennen sich kaum.",
        ["Ein Frühstück im Juni", "Ein Aushang in jedem Haus"],
        "Jede:r hat jemanden neu kennengelernt",
        null,
        "Nachbarschaftshaus am Markt",
        "Tische und Bänke",
        "Wer hat eine Kaffeemaschine?");

    /// <summary>A template with every field set (one prompt in Leichte Sprache too), as it is copied into <see cref="AssemblyCreated"/>.</summary>
    private static AssemblyTemplate Template() => new(
        "offene-versammlung",
        LocalizedText.Of(("de", "Offene Versammlung"), ("en", "Open Assembly")),
        LocalizedText.Of(("de", "Der ganze Abend: ankommen, Themen sammeln, Punkte kleben, Gruppen bilden."), ("en", "The whole evening: arrive, collect topics, dot-vote, form groups.")),
        [
            new PhasePlan(Phase.Welcome, 5, LocalizedText.Of(("de", "Willkommen im Hofkiez!"), ("en", "Welcome to the Hofkiez!"), ("de-x-ls", "Willkommen im Hofkiez! Schön, dass Sie da sind."))),
            new PhasePlan(Phase.CheckIn, 10, LocalizedText.Of(("de", "Wie kommst du an?"), ("en", "How are you arriving?"))),
            new PhasePlan(Phase.TopicCollection, 20, null),
            new PhasePlan(Phase.Clustering, 10, null),
            new PhasePlan(Phase.DotVoting, 10, LocalizedText.Of(("de", "Klebe deine Punkte."), ("en", "Place your dots."))),
            new PhasePlan(Phase.Results, null, null),
            new PhasePlan(Phase.ProjectGroups, 30, null),
            new PhasePlan(Phase.CheckOut, 5, null),
        ],
        new VotingRules(5, 3),
        new GroupRules(3, 8, 3),
        true,
        FirstTimeSpeakersFirst: true);
}
