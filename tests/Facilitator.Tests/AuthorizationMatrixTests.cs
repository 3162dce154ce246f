using System.Reflection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Every command method, called by every kind of connection, in a state where the right caller's
/// command is accepted: only the right caller gets through, and nobody else changes the assembly.
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
    }

    private static readonly Caller[] ParticipantOnly = [Caller.Participant];
    private static readonly Caller[] FacilitatorOnly = [Caller.Facilitator];
    private static readonly Caller[] AuthorOrFacilitator = [Caller.Participant, Caller.Facilitator];

    private static readonly Dictionary<string, Case> Cases = new Case[]
    {
        new("CheckIn", Stage.CheckIn, ParticipantOnly, w => [Id(), Mood.Good, "wach"]),
        new("CheckOut", Stage.CheckOut, ParticipantOnly, w => [Id(), Mood.Good, "satt"]),
        new("SubmitTopic", Stage.TopicCollection, ParticipantOnly, w => [Id(), Id(), "Neues Thema", null]),
        new("WithdrawTopic", Stage.TopicCollection, ParticipantOnly, w => [Id(), w.OwnTopic]),
        new("CastDot", Stage.DotVoting, ParticipantOnly, w => [Id(), w.PaperTopic]),
        new("RemoveDot", Stage.DotVoting, ParticipantOnly, w => [Id(), w.PaperTopic]),
        new("JoinGroup", Stage.ProjectGroups, ParticipantOnly, w => [Id(), w.SecondGroup]),
        new("LeaveGroup", Stage.ProjectGroups, ParticipantOnly, w => [Id()]),
        new("EditTopic", Stage.TopicCollection, AuthorOrFacilitator, w => [Id(), w.OwnTopic, "Anders gesagt", null]),
        new("UpdateGroupProfile", Stage.ProjectGroups, AuthorOrFacilitator, w => [Id(), w.FirstGroup, GroupProfile.Named("Gruppe Eins")]),
        new("ChangePhase", Stage.Lobby, FacilitatorOnly, w => [Id(), PhaseTrigger.Advance]),
        new("StartTimer", Stage.Lobby, FacilitatorOnly, w => [Id(), 60]),
        new("PauseTimer", Stage.TimerRunning, FacilitatorOnly, w => [Id()]),
        new("ExtendTimer", Stage.TimerRunning, FacilitatorOnly, w => [Id(), 30]),
        new("ShowJoinCode", Stage.Lobby, FacilitatorOnly, w => [Id(), false]),
        new("SetDoor", Stage.Lobby, FacilitatorOnly, w => [Id(), Door.Closed]),
        new("AdmitKnocker", Stage.Knocking, FacilitatorOnly, w => [Id(), w.Knocker]),
        new("TurnAwayKnocker", Stage.Knocking, FacilitatorOnly, w => [Id(), w.Knocker]),
        new("ModerateTopic", Stage.TopicCollection, FacilitatorOnly, w => [Id(), w.OwnTopic, TopicVisibility.Hidden]),
        new("MergeTopics", Stage.TopicCollection, FacilitatorOnly, w => [Id(), w.OwnTopic, w.PaperTopic]),
        new("AddPaperTopic", Stage.TopicCollection, FacilitatorOnly, w => [Id(), Id(), "Von der Wand", null]),
        new("NameCluster", Stage.Clustering, FacilitatorOnly, w => [Id(), Id(), "Grün"]),
        new("PlaceTopic", Stage.Clustering, FacilitatorOnly, w => [Id(), w.OwnTopic, w.Cluster]),
        new("RemoveCluster", Stage.Clustering, FacilitatorOnly, w => [Id(), w.Cluster]),
        new("AddPaperParticipant", Stage.Lobby, FacilitatorOnly, w => [Id(), Id(), "Herr M.", Presence.InRoom]),
        new("RecordHeadcount", Stage.DotVoting, FacilitatorOnly, w => [Id(), 12]),
        new("CheckInFor", Stage.CheckIn, FacilitatorOnly, w => [Id(), w.PaperPerson, Mood.Okay, "da"]),
        new("CheckOutFor", Stage.CheckOut, FacilitatorOnly, w => [Id(), w.PaperPerson, Mood.Okay, "weg"]),
        new("SubmitTopicFor", Stage.TopicCollection, FacilitatorOnly, w => [Id(), w.PaperPerson, Id(), "Auf Papier", null]),
        new("CastDotFor", Stage.DotVoting, FacilitatorOnly, w => [Id(), w.PaperPerson, w.OwnTopic]),
        new("RemoveDotFor", Stage.DotVoting, FacilitatorOnly, w => [Id(), w.PaperPerson, w.PaperTopic]),
        new("JoinGroupFor", Stage.ProjectGroups, FacilitatorOnly, w => [Id(), w.PaperPerson, w.SecondGroup]),
        new("LeaveGroupFor", Stage.ProjectGroups, FacilitatorOnly, w => [Id(), w.PaperPerson]),
        new("AdjustPaperDots", Stage.DotVoting, FacilitatorOnly, w => [Id(), w.OwnTopic, 2]),
        new("RevealVotes", Stage.DotVoting, FacilitatorOnly, w => [Id()]),
        new("StartRunOff", Stage.Revealed, FacilitatorOnly, w => [Id(), new[] { w.OwnTopic, w.PaperTopic }]),
        new("SeedProjectGroups", Stage.ProjectGroups, FacilitatorOnly, w => [Id()]),
        new("CreateProjectGroup", Stage.ProjectGroups, FacilitatorOnly, w => [Id(), Id(), "Neue Gruppe", null]),
    }.ToDictionary(c => c.Method);

    public static TheoryData<string> Methods => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Only_the_right_role_may_call(string method)
    {
        var rule = Cases[method];
        await using var world = await World.PrepareAsync(host, rule.Stage);

        foreach (var caller in Enum.GetValues<Caller>().Where(c => !rule.Allowed.Contains(c)))
        {
            var before = await world.VersionAsync();
            var result = await world.Connection(caller).InvokeAsync(method, rule.Args(world));

            Assert.Equal(before, await world.VersionAsync());

            // A facilitator elsewhere passes the role gate but can only ever reach their own assembly.
            if (caller != Caller.FacilitatorOfAnotherAssembly || !rule.Allowed.Contains(Caller.Facilitator))
            {
                Assert.False(result.Accepted, $"{caller} got through");
                Assert.Equal(RefusalCode.NotAllowedForRole, result.Refusal);
                Assert.Equal(HostRefusal.WrongRole, result.Host);
            }
        }

        foreach (var caller in rule.Allowed)
        {
            var before = await world.VersionAsync();
            var result = await world.Connection(caller).InvokeAsync(method, rule.Args(world));

            Assert.True(result.Accepted, $"{caller} refused: {result.Refusal} {result.Detail}");
            Assert.True(result.Version > before);
        }
    }

    [Fact]
    public void The_matrix_covers_every_command_method_of_the_hub()
    {
        var commands = typeof(AssemblyHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task<CommandResult>) && m.GetParameters().FirstOrDefault()?.Name == "commandId")
            .Select(m => m.Name)
            .Order();

        Assert.Equal(commands, Cases.Keys.Order());
    }

    private static Guid Id() => Guid.NewGuid();

    public sealed record Case(string Method, Stage Stage, Caller[] Allowed, Func<World, object?[]> Args);

    /// <summary>One assembly brought to a stage, with one connection per kind of caller.</summary>
    public sealed class World : IAsyncDisposable
    {
        private readonly Dictionary<Caller, LiveClient> _connections = [];

        public Guid PaperPerson { get; } = Guid.NewGuid();

        public Guid OwnTopic { get; } = Guid.NewGuid();

        public Guid PaperTopic { get; } = Guid.NewGuid();

        public Guid Cluster { get; } = Guid.NewGuid();

        public Guid FirstGroup { get; } = Guid.NewGuid();

        public Guid SecondGroup { get; } = Guid.NewGuid();

        public Guid Knocker { get; private set; }

        private LiveClient Facilitator => _connections[Caller.Facilitator];

        private LiveClient Participant => _connections[Caller.Participant];

        public static async Task<World> PrepareAsync(HostFactory host, Stage stage)
        {
            var world = new World();
            var created = await AssemblyApi.CreateAsync(host);
            var elsewhere = await AssemblyApi.CreateAsync(host);
            world._connections[Caller.Nobody] = await LiveClient.ConnectAsync(host);
            world._connections[Caller.Projector] = await LiveClient.ProjectorAsync(host, created);
            world._connections[Caller.FacilitatorOfAnotherAssembly] = await LiveClient.FacilitatorAsync(host, elsewhere);
            world._connections[Caller.Participant] = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ali");
            world._connections[Caller.Facilitator] = await LiveClient.FacilitatorAsync(host, created);
            if (stage == Stage.Knocking)
            {
                await world.Facilitator.DoAsync("SetDoor", Id(), Door.ByApproval);
                await using var knocking = await LiveClient.ConnectAsync(host);
                await knocking.JoinAsync(created.JoinCode, "Spätkommer");
                world.Knocker = Assert.Single((await world.Facilitator.SnapshotAsync()).Facilitator!.Knocks).ParticipantId;
                return world;
            }

            await world.WalkToAsync(stage);
            return world;
        }

        public LiveClient Connection(Caller caller) => _connections[caller];

        public async Task<long> VersionAsync() => (await Facilitator.SnapshotAsync()).Version;

        public async ValueTask DisposeAsync()
        {
            foreach (var connection in _connections.Values)
            {
                await connection.DisposeAsync();
            }
        }

        private async Task WalkToAsync(Stage stage)
        {
            await Facilitator.DoAsync("AddPaperParticipant", Id(), PaperPerson, "Frau K.", Presence.InRoom);
            if (stage == Stage.TimerRunning)
            {
                await Facilitator.DoAsync("StartTimer", Id(), 120);
                return;
            }

            if (stage == Stage.Lobby)
            {
                return;
            }

            await AdvanceAsync(2); // Welcome, CheckIn
            if (stage == Stage.CheckIn)
            {
                return;
            }

            await AdvanceAsync(1);
            await Participant.DoAsync("SubmitTopic", Id(), OwnTopic, "Mehr Grün im Hof", null);
            await Facilitator.DoAsync("AddPaperTopic", Id(), PaperTopic, "Bänke am Platz", null);
            if (stage == Stage.TopicCollection)
            {
                return;
            }

            await AdvanceAsync(1);
            await Facilitator.DoAsync("NameCluster", Id(), Cluster, "Draußen");
            if (stage == Stage.Clustering)
            {
                return;
            }

            await AdvanceAsync(1);
            await Participant.DoAsync("CastDot", Id(), PaperTopic);
            await Facilitator.DoAsync("CastDotFor", Id(), PaperPerson, PaperTopic);
            if (stage == Stage.DotVoting)
            {
                return;
            }

            await Facilitator.DoAsync("AdjustPaperDots", Id(), OwnTopic, 2);
            await Facilitator.DoAsync("RevealVotes", Id());
            await AdvanceAsync(1); // Results
            if (stage == Stage.Revealed)
            {
                return;
            }

            await AdvanceAsync(1);
            await Facilitator.DoAsync("CreateProjectGroup", Id(), FirstGroup, "Gruppe 1", null);
            await Facilitator.DoAsync("CreateProjectGroup", Id(), SecondGroup, "Gruppe 2", null);
            await Participant.DoAsync("JoinGroup", Id(), FirstGroup);
            await Facilitator.DoAsync("JoinGroupFor", Id(), PaperPerson, FirstGroup);
            if (stage == Stage.ProjectGroups)
            {
                return;
            }

            await AdvanceAsync(1);
        }

        private async Task AdvanceAsync(int steps)
        {
            for (var i = 0; i < steps; i++)
            {
                await Facilitator.DoAsync("ChangePhase", Id(), PhaseTrigger.Advance);
            }
        }
    }
}
