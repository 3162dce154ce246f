using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
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
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Every command, sent by every kind of caller, in a state where the right caller's command is
/// accepted: only the right caller gets through, and nobody else changes the assembly. Phones send
/// over the hub; the facilitator's commands go through the command path the console uses
/// (<see cref="AssemblyCommands"/>), with whatever binding a caller could have.
/// </summary>
public sealed class AuthorizationMatrixTests(HostFactory host) : IClassFixture<HostFactory>
{
    public enum Caller
    {
        Nobody,
        Projector,
        FacilitatorOfAnotherAssembly,
        Participant,
        Facilitator,
    }

    public enum Stage
    {
        Lobby,
        TimerRunning,
        CheckIn,
        TopicCollection,
        Clustering,
        DotVoting,
        Revealed,
        ProjectGroups,
        CheckOut,

        /// <summary>In the lobby with the door asking for knocks, and one phone knocking.</summary>
        Knocking,

        /// <summary>In the lobby with the speakers' list open and two people on paper waiting on it.</summary>
        SpeakersOpen,

        /// <summary>As <see cref="SpeakersOpen"/>, and the joined phone's hand raised too.</summary>
        HandRaised,

        /// <summary>As <see cref="Revealed"/>, with the paper topic marked as a recommendation.</summary>
        Recommended,

        /// <summary>As <see cref="ProjectGroups"/>, with one group carried over from last time (in the lobby) that nobody joined yet.</summary>
        CarriedOver,

        /// <summary>As <see cref="CarriedOver"/>, with the joined phone in the carried group.</summary>
        CarriedOverJoined,
    }

    /// <summary>What only a phone sends for itself: a topic is withdrawn by its author.</summary>
    private static readonly Type[] PhoneOnly = [typeof(WithdrawTopic)];

    /// <summary>What the host sends itself, before anyone is bound: opening an assembly, a phone's join.</summary>
    private static readonly Type[] HostOnly = [typeof(CreateAssembly), typeof(JoinAssembly)];

    private static readonly Dictionary<string, PhoneCase> PhoneCases = new PhoneCase[]
    {
        new(nameof(IParticipantHub.CheckIn), Stage.CheckIn, w => [Id(), Mood.Good, "wach"]),
        new(nameof(IParticipantHub.CheckOut), Stage.CheckOut, w => [Id(), Mood.Good, "satt"]),
        new(nameof(IParticipantHub.SubmitTopic), Stage.TopicCollection, w => [Id(), Id(), "Neues Thema", null]),
        new(nameof(IParticipantHub.WithdrawTopic), Stage.TopicCollection, w => [Id(), w.OwnTopic]),
        new(nameof(IParticipantHub.CastDot), Stage.DotVoting, w => [Id(), w.PaperTopic]),
        new(nameof(IParticipantHub.RemoveDot), Stage.DotVoting, w => [Id(), w.PaperTopic]),
        new(nameof(IParticipantHub.JoinGroup), Stage.ProjectGroups, w => [Id(), w.SecondGroup]),
        new(nameof(IParticipantHub.LeaveGroup), Stage.ProjectGroups, w => [Id()]),
        new(nameof(IParticipantHub.EditTopic), Stage.TopicCollection, w => [Id(), w.OwnTopic, "Anders gesagt", null]),
        new(nameof(IParticipantHub.UpdateGroupProfile), Stage.ProjectGroups, w => [Id(), w.FirstGroup, GroupProfile.Named("Gruppe Eins")]),
        new(nameof(IParticipantHub.ReportGroupStatus), Stage.CarriedOverJoined, w => [Id(), w.CarriedGroup, GroupStatus.Stuck, "Wir warten auf die Hausverwaltung.", new[] { 0 }]),
        new(nameof(IParticipantHub.RaiseHand), Stage.SpeakersOpen, w => [Id()]),
        new(nameof(IParticipantHub.LowerHand), Stage.HandRaised, w => [Id()]),
    }.ToDictionary(c => c.Method);

    private static readonly Dictionary<string, ConsoleCase> ConsoleCases = new ConsoleCase[]
    {
        new("ChangePhase", Stage.Lobby, w => new ChangePhase(Id(), PhaseTrigger.Advance)),
        new("StartTimer", Stage.Lobby, w => new StartTimer(Id(), 60)),
        new("PauseTimer", Stage.TimerRunning, w => new PauseTimer(Id())),
        new("ExtendTimer", Stage.TimerRunning, w => new ExtendTimer(Id(), 30)),
        new("ShowJoinCode", Stage.Lobby, w => new ShowJoinCode(Id(), false)),
        new("ChooseProjectorLanguage", Stage.Lobby, w => new ChooseProjectorLanguage(Id(), "tr")),
        new("SetDoor", Stage.Lobby, w => new SetDoor(Id(), Door.Closed)),
        new("AdmitKnocker", Stage.Knocking, w => new AdmitKnocker(Id(), w.Knocker)),
        new("TurnAwayKnocker", Stage.Knocking, w => new TurnAwayKnocker(Id(), w.Knocker)),
        new("SetRetention", Stage.Lobby, w => new SetRetention(Id(), 30)),
        new("Announce", Stage.Lobby, w => new Announce(Id(), "Einladung", DateTimeOffset.Parse("2026-12-03T18:00:00+01:00", CultureInfo.InvariantCulture), "Saal 1", null, Accessibility.None, null, [], null)),
        new("ModerateTopic", Stage.TopicCollection, w => new ModerateTopic(Id(), w.OwnTopic, TopicVisibility.Hidden)),
        new("MergeTopics", Stage.TopicCollection, w => new MergeTopics(Id(), w.OwnTopic, w.PaperTopic)),
        new("AddPaperTopic", Stage.TopicCollection, w => new AddPaperTopic(Id(), Id(), "Von der Wand", null)),
        new("EditTopic", Stage.TopicCollection, w => new EditTopic(Id(), w.OwnTopic, "Anders gesagt", null)),
        new("NameCluster", Stage.Clustering, w => new NameCluster(Id(), Id(), "Grün")),
        new("PlaceTopic", Stage.Clustering, w => new PlaceTopic(Id(), w.OwnTopic, w.Cluster)),
        new("RemoveCluster", Stage.Clustering, w => new RemoveCluster(Id(), w.Cluster)),
        new("MoveCard", Stage.Clustering, w => new MoveCard(Id(), w.OwnTopic, 12_000, 12_000)),
        new("MoveArea", Stage.Clustering, w => new MoveArea(Id(), w.Cluster, 6_000, 6_000)),
        new("AddPaperParticipant", Stage.Lobby, w => new AddPaperParticipant(Id(), Id(), "Herr M.", Presence.InRoom)),
        new("RecordHeadcount", Stage.DotVoting, w => new RecordHeadcount(Id(), 12)),
        new("CheckInFor", Stage.CheckIn, w => new CheckIn(Id(), w.PaperPerson, Mood.Okay, "da")),
        new("CheckOutFor", Stage.CheckOut, w => new CheckOut(Id(), w.PaperPerson, Mood.Okay, "weg")),
        new("SubmitTopicFor", Stage.TopicCollection, w => new SubmitTopic(Id(), Id(), w.PaperPerson, "Auf Papier", null)),
        new("CastDotFor", Stage.DotVoting, w => new CastDot(Id(), w.PaperPerson, w.OwnTopic)),
        new("RemoveDotFor", Stage.DotVoting, w => new RemoveDot(Id(), w.PaperPerson, w.PaperTopic)),
        new("JoinGroupFor", Stage.ProjectGroups, w => new JoinProjectGroup(Id(), w.PaperPerson, w.SecondGroup)),
        new("LeaveGroupFor", Stage.ProjectGroups, w => new LeaveProjectGroup(Id(), w.PaperPerson)),
        new("AdjustPaperDots", Stage.DotVoting, w => new AdjustPaperDots(Id(), w.OwnTopic, 2)),
        new("RevealVotes", Stage.DotVoting, w => new RevealVotes(Id())),
        new("StartRunOff", Stage.Revealed, w => new StartRunOff(Id(), [w.OwnTopic, w.PaperTopic])),
        new("SeedProjectGroups", Stage.ProjectGroups, w => new SeedProjectGroups(Id())),
        new("CreateProjectGroup", Stage.ProjectGroups, w => new CreateProjectGroup(Id(), Id(), "Neue Gruppe", null)),
        new("UpdateGroupProfile", Stage.ProjectGroups, w => new UpdateGroupProfile(Id(), w.FirstGroup, GroupProfile.Named("Gruppe Eins"))),
        new("SetSpeakersList", Stage.Lobby, w => new SetSpeakersList(Id(), true)),
        new("SetSpeakingRules", Stage.Lobby, w => new SetSpeakingRules(Id(), 120, true, true)),
        new("RaiseHandFor", Stage.SpeakersOpen, w => new RaiseHand(Id(), w.Phone)),
        new("TakeOffTheList", Stage.SpeakersOpen, w => new LowerHand(Id(), w.PaperPerson)),
        new("AddSpeakerByName", Stage.SpeakersOpen, w => new AddSpeakerByName(Id(), Id(), "Herr O.", Presence.Remote)),
        new("MoveSpeakerUp", Stage.SpeakersOpen, w => new MoveSpeakerUp(Id(), w.SecondPaperPerson)),
        new("CallNextSpeaker", Stage.SpeakersOpen, w => new CallNextSpeaker(Id(), null)),
        new("MarkRecommendation", Stage.Revealed, w => new MarkRecommendation(Id(), w.OwnTopic, "Mehr Bäume im Hof.")),
        new("UnmarkRecommendation", Stage.Recommended, w => new UnmarkRecommendation(Id(), w.PaperTopic)),
        new("MoveRecommendation", Stage.Recommended, w => new MoveRecommendation(Id(), w.PaperTopic, 0)),
        new("CarryOverGroups", Stage.Lobby, w => w.CarryOver()),
        new("ReportGroupStatus", Stage.CarriedOver, w => new ReportGroupStatus(Id(), w.CarriedGroup, GroupStatus.OnTrack, "Läuft", [0])),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> PhoneMethods => [.. PhoneCases.Keys];

    public static TheoryData<string> ConsoleCommands => [.. ConsoleCases.Keys];

    private AssemblyCommands Commands => host.Services.GetRequiredService<AssemblyCommands>();

    [Theory]
    [MemberData(nameof(PhoneMethods))]
    public async Task Over_the_hub_only_a_joined_phone_may_call(string method)
    {
        var rule = PhoneCases[method];
        await using var world = await World.PrepareAsync(host, rule.Stage);

        var before = await world.VersionAsync();
        var unbound = await world.Nobody.InvokeAsync(method, rule.Args(world));

        Assert.Equal(before, await world.VersionAsync());
        Assert.Equal((false, RefusalCode.NotAllowedForRole, HostRefusal.WrongRole), (unbound.Accepted, unbound.Refusal, unbound.Host));

        var joined = await world.Participant.InvokeAsync(method, rule.Args(world));

        Assert.True(joined.Accepted, $"the participant was refused: {joined.Refusal} {joined.Detail}");
        Assert.True(joined.Version > before);
    }

    [Theory]
    [MemberData(nameof(ConsoleCommands))]
    public async Task Through_the_command_path_only_the_assemblys_facilitator_may_send(string command)
    {
        var rule = ConsoleCases[command];
        await using var world = await World.PrepareAsync(host, rule.Stage);

        foreach (var caller in Enum.GetValues<Caller>().Where(c => c != Caller.Facilitator))
        {
            var before = await world.VersionAsync();
            var result = await Commands.AsFacilitatorAsync(world.Binding(caller), rule.Command(world));

            Assert.Equal(before, await world.VersionAsync());

            // A facilitator elsewhere passes the role gate but can only ever reach their own assembly.
            if (caller != Caller.FacilitatorOfAnotherAssembly)
            {
                Assert.False(result.Accepted, $"{caller} got through");
                Assert.Equal(RefusalCode.NotAllowedForRole, result.Refusal);
                Assert.Equal(HostRefusal.WrongRole, result.Host);
            }
        }

        var start = await world.VersionAsync();
        var accepted = await Commands.AsFacilitatorAsync(world.Binding(Caller.Facilitator), rule.Command(world));

        Assert.True(accepted.Accepted, $"the facilitator was refused: {accepted.Refusal} {accepted.Detail}");
        Assert.True(accepted.Version > start);
    }

    [Fact]
    public void The_matrix_covers_every_command_method_of_the_hub()
    {
        var commands = typeof(IParticipantHub).GetMethods()
            .Where(m => m.ReturnType == typeof(Task<CommandResult>) && m.GetParameters().FirstOrDefault()?.Name == "commandId")
            .Select(m => m.Name)
            .Order();

        Assert.Equal(commands, PhoneCases.Keys.Order());
    }

    [Fact]
    public void The_matrix_covers_every_command_of_the_engine_a_person_sends()
    {
        var world = new World();
        var engine = typeof(AssemblyCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AssemblyCommand)) && !t.IsAbstract)
            .Except(HostOnly)
            .Select(t => t.Name)
            .Order();
        var covered = ConsoleCases.Values.Select(c => c.Command(world).GetType()).Concat(PhoneOnly).Select(t => t.Name).Distinct().Order();

        Assert.Equal(engine, covered);
    }

    private static Guid Id() => Guid.NewGuid();

    public sealed record PhoneCase(string Method, Stage Stage, Func<World, object?[]> Args);

    public sealed record ConsoleCase(string Name, Stage Stage, Func<World, AssemblyCommand> Command);

    /// <summary>One assembly brought to a stage, with its facilitator, a joined phone, an unbound connection and every binding a caller could have.</summary>
    public sealed class World : IAsyncDisposable
    {
        private readonly Dictionary<Caller, ConnectionBinding?> _bindings = [];
        private FacilitatorDriver? _facilitator;

        public Guid PaperPerson { get; } = Guid.NewGuid();

        public Guid SecondPaperPerson { get; } = Guid.NewGuid();

        public Guid OwnTopic { get; } = Guid.NewGuid();

        public Guid PaperTopic { get; } = Guid.NewGuid();

        public Guid Cluster { get; } = Guid.NewGuid();

        public Guid FirstGroup { get; } = Guid.NewGuid();

        public Guid SecondGroup { get; } = Guid.NewGuid();

        public Guid CarriedGroup { get; } = Guid.NewGuid();

        public Guid Knocker { get; private set; }

        public LiveClient Nobody { get; private set; } = null!;

        public LiveClient Participant { get; private set; } = null!;

        /// <summary>The joined phone's participant (none in a world that was never prepared).</summary>
        public Guid Phone => Participant?.ParticipantId ?? Guid.Empty;

        private FacilitatorDriver Facilitator => _facilitator!;

        public static async Task<World> PrepareAsync(HostFactory host, Stage stage)
        {
            var world = new World();
            var created = await AssemblyApi.CreateAsync(host);
            var elsewhere = await AssemblyApi.CreateAsync(host);
            var admission = host.Services.GetRequiredService<Admission>();
            world.Nobody = await LiveClient.ConnectAsync(host);
            world.Participant = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ali");
            world._facilitator = await FacilitatorDriver.ConnectAsync(host, created);
            world._bindings[Caller.Nobody] = null;
            world._bindings[Caller.Projector] = (await admission.AdmitProjectorAsync(created.AssemblyId, created.ProjectorSecret)).Binding!;
            world._bindings[Caller.FacilitatorOfAnotherAssembly] = (await FacilitatorDriver.AdmitAsync(host, elsewhere.AssemblyId, elsewhere.FacilitatorSecret)).Binding!;
            world._bindings[Caller.Participant] = ConnectionBinding.Participant(created.AssemblyId, world.Participant.ParticipantId);
            world._bindings[Caller.Facilitator] = world.Facilitator.Binding;
            if (stage == Stage.Knocking)
            {
                await world.Facilitator.DoAsync(new SetDoor(Id(), Door.ByApproval));
                await using var knocking = await LiveClient.ConnectAsync(host);
                await knocking.JoinAsync(created.JoinCode, "Spätkommer");
                world.Knocker = Assert.Single((await world.Facilitator.ViewAsync()).Knocks).ParticipantId;
                return world;
            }

            await world.WalkToAsync(stage);
            return world;
        }

        public ConnectionBinding? Binding(Caller caller) => _bindings[caller];

        public CarryOverGroups CarryOver() => new(
            Id(),
            new FollowUpOrigin(Id(), "Letztes Mal", null),
            [new CarriedGroup(CarriedGroup, "Hof-Frühstück", null, [], [new CarriedStep("Tische leihen", false)], ["Ayşe"])]);

        public async Task<long> VersionAsync() => (await Facilitator.ViewAsync()).Board.Version;

        public async ValueTask DisposeAsync()
        {
            await (Nobody?.DisposeAsync() ?? ValueTask.CompletedTask);
            await (Participant?.DisposeAsync() ?? ValueTask.CompletedTask);
            _facilitator?.Dispose();
        }

        private async Task WalkToAsync(Stage stage)
        {
            await Facilitator.DoAsync(new AddPaperParticipant(Id(), PaperPerson, "Frau K.", Presence.InRoom));
            if (stage == Stage.TimerRunning)
            {
                await Facilitator.StartTimerAsync(120);
                return;
            }

            if (stage == Stage.Lobby)
            {
                return;
            }

            if (stage is Stage.CarriedOver or Stage.CarriedOverJoined)
            {
                await Facilitator.DoAsync(CarryOver());
            }

            if (stage is Stage.SpeakersOpen or Stage.HandRaised)
            {
                await Facilitator.DoAsync(new SetSpeakersList(Id(), true));
                await Facilitator.DoAsync(new RaiseHand(Id(), PaperPerson));
                await Facilitator.DoAsync(new AddSpeakerByName(Id(), SecondPaperPerson, "Herr B.", Presence.InRoom));
                if (stage == Stage.HandRaised)
                {
                    await Participant.DoAsync(nameof(IParticipantHub.RaiseHand), Id());
                }

                return;
            }

            await Facilitator.AdvanceToAsync(Phase.CheckIn);
            if (stage == Stage.CheckIn)
            {
                return;
            }

            await Facilitator.AdvanceToAsync(Phase.TopicCollection);
            await Participant.DoAsync(nameof(IParticipantHub.SubmitTopic), Id(), OwnTopic, "Mehr Grün im Hof", null);
            await Facilitator.AddPaperTopicAsync(PaperTopic, "Bänke am Platz");
            if (stage == Stage.TopicCollection)
            {
                return;
            }

            await Facilitator.AdvanceToAsync(Phase.Clustering);
            await Facilitator.DoAsync(new NameCluster(Id(), Cluster, "Draußen"));
            if (stage == Stage.Clustering)
            {
                return;
            }

            await Facilitator.AdvanceToAsync(Phase.DotVoting);
            await Participant.DoAsync(nameof(IParticipantHub.CastDot), Id(), PaperTopic);
            await Facilitator.DoAsync(new CastDot(Id(), PaperPerson, PaperTopic));
            if (stage == Stage.DotVoting)
            {
                return;
            }

            await Facilitator.DoAsync(new AdjustPaperDots(Id(), OwnTopic, 2));
            await Facilitator.DoAsync(new RevealVotes(Id()));
            await Facilitator.AdvanceToAsync(Phase.Results);
            if (stage == Stage.Revealed)
            {
                return;
            }

            if (stage == Stage.Recommended)
            {
                await Facilitator.DoAsync(new MarkRecommendation(Id(), PaperTopic, "Bänke am Platz aufstellen."));
                return;
            }

            await Facilitator.AdvanceToAsync(Phase.ProjectGroups);
            await Facilitator.DoAsync(new CreateProjectGroup(Id(), FirstGroup, "Gruppe 1", null));
            await Facilitator.DoAsync(new CreateProjectGroup(Id(), SecondGroup, "Gruppe 2", null));
            await Participant.DoAsync(nameof(IParticipantHub.JoinGroup), Id(), FirstGroup);
            await Facilitator.DoAsync(new JoinProjectGroup(Id(), PaperPerson, FirstGroup));
            if (stage == Stage.CarriedOverJoined)
            {
                await Participant.DoAsync(nameof(IParticipantHub.JoinGroup), Id(), CarriedGroup);
            }

            if (stage is Stage.ProjectGroups or Stage.CarriedOver or Stage.CarriedOverJoined)
            {
                return;
            }

            await Facilitator.AdvanceToAsync(Phase.CheckOut);
        }
    }
}
