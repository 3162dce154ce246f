using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;
using Xunit.Abstractions;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Ten thousand randomized invalid calls against the host as it ships: phones' hub calls over real
/// SignalR (MessagePack and JSON), and the facilitator's commands and screen admissions in the host's
/// process, where the console sends them. Each is refused or answered with a hub error, the server never
/// logs an error, keeps serving, and neither the assembly nor another one changes. Seeded, so a failure can be replayed.
/// </summary>
public sealed class BadInputFuzzTests(ITestOutputHelper output)
{
    private const int Calls = 10_000;
    private const int Workers = 4;
    private const int Seed = 20261126;

    private static readonly MethodInfo[] HubMethods = typeof(AssemblyHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        .ToArray();

    private static readonly MethodInfo[] CommandMethods = HubMethods
        .Where(m => m.GetParameters().FirstOrDefault()?.Name == "commandId")
        .ToArray();

    /// <summary>
    /// Texts no short text field accepts (too long, control characters, a bidirectional override), each
    /// small enough that a call stays below the message size limit even with JSON's escapes.
    /// </summary>
    private static readonly string[] BadTexts =
    [
        new('x', 5000),
        string.Concat(Enumerable.Repeat("👍🏽", 250)),
        "ok\u0000null",
        "\u0007",
        "\u202Egeheim",
        "Zeile\u001B[31m",
        new string('<', 700) + "script>",
    ];

    private static readonly string[] AnyTexts =
        [.. BadTexts, "", "   ", "Bank", "<script>alert(1)</script>", "'; DROP TABLE events; --", "=HYPERLINK(\"http://x\")", "Ünïcödé ✓"];

    private static readonly string[] AdmissionMethods = ["Join", "Resume"];

    private static readonly string[] UnknownMethods = ["DeleteAssembly", "OnConnectedAsync", "Dispose", "getSnapshot ", " ", "Join\u0000"];

    [Fact]
    public async Task Ten_thousand_invalid_calls_are_each_refused_and_change_nothing()
    {
        using var host = new LoggedHost();
        await using var world = await World.PrepareAsync(host);
        var before = await world.StateAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => FuzzAsync(world, new Random(Seed + w), Calls / Workers)));

        var tally = outcomes.SelectMany(o => o).GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        output.WriteLine(string.Join(Environment.NewLine, tally));
        var errors = host.Logs.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(3)));
        Assert.Equal(before, await world.StateAsync());
        await world.FacilitatorA.DoAsync(new RevealVotes(Guid.NewGuid()));
    }

    private static async Task<List<string>> FuzzAsync(World world, Random random, int calls)
    {
        var outcomes = new List<string>(calls);
        for (var i = 0; i < calls; i++)
        {
            if (random.Next(1000) == 0)
            {
                outcomes.Add(await OversizedAsync(world, random));
                continue;
            }

            var attempt = Pick(random, Templates)(world, random);
            outcomes.Add(await attempt.SendAsync());
        }

        return outcomes;
    }

    private static async Task<string> InvokeAsync(Call call)
    {
        object? result;
        try
        {
            result = await HangGuard.Within(call.Caller.Connection.InvokeCoreAsync(call.Method, call.Returns, call.Args));
        }
        catch (HubException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message), call.ToString());
            Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal); // no stack trace leaves the server
            return "hub error";
        }
        catch (Exception broken) when (broken is not TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{call} broke the connection: {broken.Message}");
        }

        return Refused(call, result);
    }

    /// <summary>A message beyond MaximumReceiveMessageSize: the server closes that connection and carries on.</summary>
    private static async Task<string> OversizedAsync(World world, Random random)
    {
        await using var client = await LiveClient.ConnectAsync(world.Host, json: random.Next(2) == 0);
        await Assert.ThrowsAnyAsync<Exception>(() => HangGuard.Within(
            client.Connection.InvokeCoreAsync("Join", typeof(JoinResult), [world.JoinCode, new string('x', 40_000), Presence.InRoom, null])));
        return "connection closed (message too large)";
    }

    /// <summary>What the facilitator's hub methods were called: a phone that asks for them by name finds none.</summary>
    private static readonly string[] FacilitatorOnly =
    [
        "ConnectFacilitator", "ConnectProjector", "ChangePhase", "StartTimer", "PauseTimer", "ExtendTimer", "ModerateTopic", "MergeTopics",
        "AddPaperTopic", "NameCluster", "PlaceTopic", "RemoveCluster", "AddPaperParticipant", "RecordHeadcount", "CheckInFor", "CheckOutFor",
        "SubmitTopicFor", "CastDotFor", "RemoveDotFor", "JoinGroupFor", "LeaveGroupFor", "AdjustPaperDots", "RevealVotes", "StartRunOff",
        "SeedProjectGroups", "CreateProjectGroup",
    ];

    private static readonly Func<World, Random, Attempt>[] Templates =
    [
        // Callers without a role, with any command and any arguments of the right types.
        (w, r) => Typed(Pick(r, w.Outsiders), Pick(r, CommandMethods), w, r),

        // Phones asking for what only the facilitator may do: by name over the hub, and with their binding on the console's path.
        (w, r) => new Call(Pick(r, w.Phones), Pick(r, FacilitatorOnly), typeof(CommandResult), [Guid.NewGuid(), Pick(r, w.AnyIds(r)), Pick(r, w.AnyIds(r))]),
        (w, r) => w.Console(Pick(r, w.NotFacilitators), new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)),
        (w, r) => w.Console(Pick(r, w.NotFacilitators), new RevealVotes(Guid.NewGuid())),
        (w, r) => w.Console(Pick(r, w.NotFacilitators), new CastDot(Guid.NewGuid(), w.PaperPerson, Pick(r, w.Topics))),
        (w, r) => w.Console(Pick(r, w.NotFacilitators), new AdjustPaperDots(Guid.NewGuid(), Pick(r, w.Topics), 2)),
        (w, r) => w.Console(Pick(r, w.NotFacilitators), new ModerateTopic(Guid.NewGuid(), Pick(r, w.Topics), TopicVisibility.Hidden)),

        // Any command without a command id.
        (w, r) =>
        {
            var call = Typed(Pick(r, w.Everyone), Pick(r, CommandMethods), w, r);
            call.Args[0] = Guid.Empty;
            return call;
        },
        (w, r) => w.Console(Pick(r, w.Facilitators), new ChangePhase(Guid.Empty, PhaseTrigger.Advance)),

        // Phones: no dots left, no dot there, wrong phase, not their topic, unknown group, bad text.
        (w, r) => Command(Pick(r, w.Phones), "CastDot", Pick(r, w.TopicsAndUnknown(r))),
        (w, r) => Command(w.PhoneA, "RemoveDot", Pick(r, new[] { w.Topics[2], Guid.NewGuid() })),
        (w, r) => Command(w.PhoneB, "RemoveDot", Pick(r, new[] { w.Topics[0], Guid.NewGuid() })),
        (w, r) => Command(Pick(r, w.Phones), "SubmitTopic", Guid.NewGuid(), Pick(r, AnyTexts), null),
        (w, r) => Command(Pick(r, w.Phones), "WithdrawTopic", Pick(r, w.TopicsAndUnknown(r))),
        (w, r) => Command(Pick(r, w.Phones), "EditTopic", Pick(r, w.TopicsAndUnknown(r)), Pick(r, BadTexts), null),
        (w, r) => Command(Pick(r, w.Phones), Pick(r, new[] { "CheckIn", "CheckOut" }), (Mood)r.Next(-3, 9), Pick(r, AnyTexts)),
        (w, r) => Command(Pick(r, w.Phones), "JoinGroup", Guid.NewGuid()),
        (w, r) => Command(Pick(r, w.Phones), "LeaveGroup"),
        (w, r) => Command(Pick(r, w.Phones), "UpdateGroupProfile", Guid.NewGuid(), ProfileFor(r)),
        (w, r) => Command(Pick(r, w.Phones), "ReportGroupStatus", Pick(r, w.AnyIds(r)), (GroupStatus)r.Next(-2, 8), Pick(r, AnyTexts), new[] { r.Next(-2, 4) }),

        // The facilitator: undefined moves, impossible times and counts, unknown ids, wrong phase, bad text.
        (w, r) => w.Console(Pick(r, w.Facilitators), new ChangePhase(Guid.NewGuid(), (PhaseTrigger)Pick(r, new[] { -1, 5, 77, int.MaxValue, int.MinValue }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new StartTimer(Guid.NewGuid(), Pick(r, new[] { 0, -1, -600, 4 * 3600 + 1, int.MaxValue, int.MinValue }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new ExtendTimer(Guid.NewGuid(), Pick(r, new[] { 0, -1_000_000, int.MinValue, int.MaxValue, 20_000 }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new PauseTimer(Guid.NewGuid())),
        (w, r) => w.Console(Pick(r, w.Facilitators), new RecordHeadcount(Guid.NewGuid(), Pick(r, new[] { -1, -5000, int.MinValue, 10_001, int.MaxValue }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new AdjustPaperDots(Guid.NewGuid(), Pick(r, w.TopicsAndUnknown(r)), Pick(r, new[] { 0, 501, -501, int.MaxValue, int.MinValue }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new AdjustPaperDots(Guid.NewGuid(), w.Topics[0], -r.Next(1, 500))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new ModerateTopic(Guid.NewGuid(), Guid.NewGuid(), (TopicVisibility)r.Next(-2, 6))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new MergeTopics(Guid.NewGuid(), Pick(r, w.TopicsAndUnknown(r)), Pick(r, w.TopicsAndUnknown(r)))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new AddPaperTopic(Guid.NewGuid(), Guid.NewGuid(), Pick(r, AnyTexts), null)),
        (w, r) => w.Console(Pick(r, w.Facilitators), new NameCluster(Guid.NewGuid(), Pick(r, new[] { w.Cluster, Guid.NewGuid() }), Pick(r, BadTexts))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new PlaceTopic(Guid.NewGuid(), Guid.NewGuid(), Pick(r, new Guid?[] { w.Cluster, null, Guid.NewGuid() }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new RemoveCluster(Guid.NewGuid(), Guid.NewGuid())),
        (w, r) => w.Console(Pick(r, w.Facilitators), new AddPaperParticipant(Guid.NewGuid(), Guid.NewGuid(), Pick(r, BadTexts), (Presence)r.Next(0, 3))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new AddPaperParticipant(Guid.NewGuid(), Guid.NewGuid(), "Herr M.", (Presence)Pick(r, new[] { -1, 3, 99 }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new CheckIn(Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)), Mood.Good, "da")),
        (w, r) => w.Console(Pick(r, w.Facilitators), new CheckOut(Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)), Mood.Good, "da")),
        (w, r) => w.Console(Pick(r, w.Facilitators), new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)), Pick(r, AnyTexts), null)),
        (w, r) => w.Console(Pick(r, w.Facilitators), new CastDot(Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)), Pick(r, w.TopicsAndUnknown(r)))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new RemoveDot(Guid.NewGuid(), Pick(r, new[] { w.PaperPerson, Guid.NewGuid() }), Pick(r, new[] { w.Topics[1], Guid.NewGuid() }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new JoinProjectGroup(Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)), Guid.NewGuid())),
        (w, r) => w.Console(Pick(r, w.Facilitators), new LeaveProjectGroup(Guid.NewGuid(), Pick(r, w.PeopleAndUnknown(r)))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new StartRunOff(Guid.NewGuid(), Pick(r, new Guid[][] { [], [w.Topics[0]], [Guid.NewGuid(), Guid.NewGuid()], [.. w.Topics] }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new SeedProjectGroups(Guid.NewGuid())),
        (w, r) => w.Console(Pick(r, w.Facilitators), new CreateProjectGroup(Guid.NewGuid(), Guid.NewGuid(), Pick(r, AnyTexts), Pick(r, new Guid?[] { null, w.Topics[0] }))),
        (w, r) => w.Console(Pick(r, w.Facilitators), new UpdateGroupProfile(Guid.NewGuid(), Guid.NewGuid(), ProfileFor(r)!)),
        (w, r) => w.Console(Pick(r, w.Facilitators), new EditTopic(Guid.NewGuid(), Pick(r, w.TopicsAndUnknown(r)), Pick(r, BadTexts), null)),

        // The facilitator of another assembly, with this assembly's ids.
        (w, r) => w.Console(w.FacilitatorOfB, new ModerateTopic(Guid.NewGuid(), Pick(r, w.Topics), TopicVisibility.Hidden)),
        (w, r) => w.Console(w.FacilitatorOfB, new CastDot(Guid.NewGuid(), w.PaperPerson, Pick(r, w.Topics))),
        (w, r) => w.Console(w.FacilitatorOfB, new CheckIn(Guid.NewGuid(), w.PaperPerson, Mood.Good, "da")),
        (w, r) => w.Console(w.FacilitatorOfB, new AdjustPaperDots(Guid.NewGuid(), Pick(r, w.Topics), 2)),
        (w, r) => w.Console(w.FacilitatorOfB, new PlaceTopic(Guid.NewGuid(), Pick(r, w.Topics), w.Cluster)),
        (w, r) => w.Console(w.FacilitatorOfB, new RemoveCluster(Guid.NewGuid(), w.Cluster)),
        (w, r) => w.Console(w.FacilitatorOfB, new EditTopic(Guid.NewGuid(), Pick(r, w.Topics), "Übernommen", null)),
        (w, r) => w.Console(w.FacilitatorOfB, new MergeTopics(Guid.NewGuid(), w.Topics[0], w.Topics[1])),

        // Wrong types, wrong numbers of arguments, methods that do not exist.
        (w, r) => WrongType(Pick(r, w.Everyone), Pick(r, HubMethods.Where(m => m.GetParameters().Length > 0).ToArray()), w, r),
        (w, r) =>
        {
            var method = Pick(r, HubMethods);
            var call = Typed(Pick(r, AdmissionMethods.Contains(method.Name) ? w.Strangers : w.Everyone), method, w, r);
            object?[] args = r.Next(2) == 0 || call.Args.Length == 0 ? [.. call.Args, Guid.NewGuid()] : call.Args[..^1];
            return call with { Args = args };
        },
        (w, r) => new Call(Pick(r, w.Everyone), Pick(r, UnknownMethods), typeof(object), [Guid.NewGuid()]),

        // Admission: unknown codes, a right code with a name or presence nobody may have, unknown devices, wrong secrets.
        // Sent by connections that are no one: a refused admission unbinds its connection, by design. The screens' secret
        // links are checked in the host's process, where the console and the projector open.
        (w, r) => new Call(Pick(r, w.Strangers), "Join", typeof(JoinResult), [Pick(r, new[] { "ZZZZZZ", "", new string('A', 5000), "<b>", "'--" }), "Ali", Presence.InRoom, null]),
        (w, r) => new Call(Pick(r, w.Strangers), "Join", typeof(JoinResult), [w.JoinCode, Pick(r, BadTexts), Presence.InRoom, Pick(r, new[] { null, "kaputt", new string('t', 3000) })]),
        (w, r) => new Call(Pick(r, w.Strangers), "Join", typeof(JoinResult), [w.JoinCode, "Ali", (Presence)Pick(r, new[] { -1, 3, 1000 }), null]),
        (w, r) => new Call(Pick(r, w.Strangers), "Resume", typeof(JoinResult), [Pick(r, new[] { w.AssemblyA, Guid.NewGuid(), Guid.Empty }), Pick(r, new[] { "", "kaputt", new string('t', 3000), w.SecretOfB })]),
        (w, r) => new ScreenAdmission(
            w.Host,
            r.Next(2) == 0,
            Pick(r, new[] { w.AssemblyA, Guid.NewGuid(), Guid.Empty }),
            Pick(r, new[] { null, "", "falsch", w.SecretOfB, new string('s', 4000) })),
    ];

    private static Call Command(LiveClient caller, string method, params object?[] args) =>
        new(caller, method, typeof(CommandResult), [Guid.NewGuid(), .. args]);

    /// <summary>A call with arguments of the right types and random values (valid or not).</summary>
    private static Call Typed(LiveClient caller, MethodInfo method, World world, Random random) =>
        new(caller, method.Name, method.ReturnType.GetGenericArguments()[0], [.. method.GetParameters().Select(p => ValueFor(p.ParameterType, world, random))]);

    /// <summary>The right method, but one argument of a type it cannot bind to.</summary>
    private static Call WrongType(LiveClient caller, MethodInfo method, World world, Random random)
    {
        var call = Typed(caller, method, world, random);
        var parameters = method.GetParameters();
        var index = random.Next(parameters.Length);
        var type = Nullable.GetUnderlyingType(parameters[index].ParameterType) ?? parameters[index].ParameterType;
        call.Args[index] = type == typeof(string) ? new[] { 1, 2, 3 }
            : type == typeof(int) ? Pick(random, new object[] { "zwölf", 3.5, true })
            : type.IsEnum ? Pick(random, new object[] { "Unsinn", 2.5 })
            : type == typeof(Guid) ? Pick(random, new object[] { "kein-guid", 42, false })
            : Pick(random, new object[] { "kein Objekt", 42 });
        return call;
    }

    private static object? ValueFor(Type type, World world, Random random)
    {
        var inner = Nullable.GetUnderlyingType(type);
        if (inner is not null && random.Next(3) == 0)
        {
            return null;
        }

        type = inner ?? type;
        return type == typeof(Guid) ? Pick(random, world.AnyIds(random))
            : type == typeof(string) ? Pick(random, AnyTexts)
            : type == typeof(int) ? Pick(random, new[] { 0, 1, 3, 60, -1, int.MaxValue, int.MinValue })
            : type.IsEnum ? Enum.ToObject(type, random.Next(-2, 8))
            : type == typeof(Guid[]) ? (random.Next(3) == 0 ? null : world.AnyIds(random).Take(random.Next(0, 4)).ToArray())
            : type == typeof(GroupProfile) ? ProfileFor(random)
            : type == typeof(IReadOnlyList<int>) ? (random.Next(3) == 0 ? null : new[] { -1, 0, 1, 40, int.MaxValue }.Take(random.Next(0, 5)).ToArray())
            : null;
    }

    private static GroupProfile? ProfileFor(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => GroupProfile.Named(Pick(random, AnyTexts)),
        2 => new GroupProfile("Gruppe", Pick(random, BadTexts), ["a", "b", "c", "d"], null, null, null, null, null, null),
        _ => new GroupProfile(Pick(random, AnyTexts), null, [Pick(random, BadTexts)], null, null, DateTimeOffset.MaxValue, null, null, Pick(random, AnyTexts)),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Refused(Attempt attempt, object? result) => result switch
    {
        CommandResult { Accepted: false, Refusal: { } code } => $"refused {code}",
        JoinResult { Accepted: false, Refusal: { } code } => $"refused {code}",
        Admitted { Binding: null, Refusal: { } code } => $"refused {code}",
        _ => throw new Xunit.Sdk.XunitException($"{attempt} was not refused: {JsonSerializer.Serialize(result)}"),
    };

    private abstract record Attempt
    {
        public abstract Task<string> SendAsync();
    }

    /// <summary>A hub call over SignalR, as a phone (or anything pretending to be one) makes it.</summary>
    private sealed record Call(LiveClient Caller, string Method, Type Returns, object?[] Args) : Attempt
    {
        public override Task<string> SendAsync() => InvokeAsync(this);

        public override string ToString() => $"{Method}({string.Join(", ", Args.Select(a => a?.ToString() is { Length: > 40 } s ? s[..40] + "…" : a))})";
    }

    /// <summary>A command on the console's path, with the binding a caller could have (null: nobody's).</summary>
    private sealed record ConsoleCommand(AssemblyCommands Commands, ConnectionBinding? Caller, AssemblyCommand Command) : Attempt
    {
        public override async Task<string> SendAsync() => Refused(this, await HangGuard.Within(Commands.AsFacilitatorAsync(Caller, Command)));

        public override string ToString() => $"{Caller?.Role.ToString() ?? "nobody"} sends {Command.GetType().Name}";
    }

    /// <summary>A console's or projector's secret link, checked as the screen checks it when it opens.</summary>
    private sealed record ScreenAdmission(LoggedHost Host, bool AsFacilitator, Guid AssemblyId, string? Secret) : Attempt
    {
        public override async Task<string> SendAsync()
        {
            var admission = Host.Services.GetRequiredService<Admission>();
            return Refused(this, await HangGuard.Within(AsFacilitator ? admission.AdmitFacilitatorAsync(AssemblyId, Secret) : admission.AdmitProjectorAsync(AssemblyId, Secret)));
        }

        public override string ToString() => $"admit {(AsFacilitator ? "console" : "projector")} of {AssemblyId} with {Secret?[..Math.Min(20, Secret.Length)]}";
    }

    /// <summary>Assembly A in dot voting with every budget spent; assembly B in its lobby; a connection for every kind of caller.</summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly List<LiveClient> _all = [];

        public required LoggedHost Host { get; init; }

        public required CreatedAssembly A { get; init; }

        public required CreatedAssembly B { get; init; }

        public Guid AssemblyA => A.AssemblyId;

        public string JoinCode => A.JoinCode;

        public string SecretOfB => B.FacilitatorSecret;

        public Guid[] Topics { get; } = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

        public Guid PaperPerson { get; } = Guid.NewGuid();

        public Guid Cluster { get; } = Guid.NewGuid();

        public FacilitatorDriver FacilitatorA { get; private set; } = null!;

        public ConnectionBinding FacilitatorOfB { get; private set; } = null!;

        public LiveClient PhoneA { get; private set; } = null!;

        public LiveClient PhoneB { get; private set; } = null!;

        public LiveClient[] Phones { get; private set; } = [];

        /// <summary>Assembly A's facilitator, as the console's path knows it.</summary>
        public ConnectionBinding?[] Facilitators { get; private set; } = [];

        /// <summary>Whoever is not A's facilitator on the console's path: nobody, A's projector, A's phones.</summary>
        public ConnectionBinding?[] NotFacilitators { get; private set; } = [];

        /// <summary>Hub connections bound to nothing.</summary>
        public LiveClient[] Outsiders { get; private set; } = [];

        public LiveClient[] Everyone => [.. _all];

        /// <summary>The outsiders: a refused admission leaves a connection no one, so only they try to become someone.</summary>
        public LiveClient[] Strangers => Outsiders;

        public static async Task<World> PrepareAsync(LoggedHost host)
        {
            var world = new World { Host = host, A = await AssemblyApi.CreateAsync(host), B = await AssemblyApi.CreateAsync(host) };
            await world.ConnectAsync();
            await world.WalkToVotingAsync();
            return world;
        }

        public Attempt Console(ConnectionBinding? caller, AssemblyCommand command) => new ConsoleCommand(Host.Services.GetRequiredService<AssemblyCommands>(), caller, command);

        public Guid[] TopicsAndUnknown(Random random) => [.. Topics, Guid.NewGuid()];

        public Guid[] PeopleAndUnknown(Random random) => [PaperPerson, PhoneA.ParticipantId, PhoneB.ParticipantId, Guid.NewGuid()];

        public Guid[] AnyIds(Random random) => [.. Topics, PaperPerson, Cluster, AssemblyA, B.AssemblyId, Guid.Empty, Guid.NewGuid(), Guid.NewGuid()];

        /// <summary>Both assemblies' whole facilitator views, as text.</summary>
        public async Task<string> StateAsync()
        {
            await using var a = await FacilitatorDriver.ConnectAsync(Host, A);
            await using var b = await FacilitatorDriver.ConnectAsync(Host, B);
            return JsonSerializer.Serialize(await a.ViewAsync()) + JsonSerializer.Serialize(await b.ViewAsync());
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _all)
            {
                await client.DisposeAsync();
            }

            FacilitatorA?.Dispose();
        }

        private async Task ConnectAsync()
        {
            FacilitatorA = await FacilitatorDriver.ConnectAsync(Host, A);
            FacilitatorOfB = (await FacilitatorDriver.AdmitAsync(Host, B.AssemblyId, B.FacilitatorSecret)).Binding!;
            var projectorA = (await Host.Services.GetRequiredService<Admission>().AdmitProjectorAsync(A.AssemblyId, A.ProjectorSecret)).Binding!;
            PhoneA = await Keep(LiveClient.ParticipantAsync(Host, A.JoinCode, "Ali"));
            PhoneB = await Keep(LiveClient.ConnectAsync(Host, json: true));
            Assert.True((await PhoneB.JoinAsync(A.JoinCode, "Bea")).Accepted);
            Outsiders = [await Keep(LiveClient.ConnectAsync(Host)), await Keep(LiveClient.ConnectAsync(Host, json: true))];
            Phones = [PhoneA, PhoneB];
            Facilitators = [FacilitatorA.Binding];
            NotFacilitators = [null, projectorA, ConnectionBinding.Participant(A.AssemblyId, PhoneA.ParticipantId), ConnectionBinding.Participant(A.AssemblyId, PhoneB.ParticipantId)];
        }

        private async Task<LiveClient> Keep(Task<LiveClient> connecting)
        {
            var client = await connecting;
            if (!_all.Contains(client))
            {
                _all.Add(client);
            }

            return client;
        }

        private async Task WalkToVotingAsync()
        {
            await FacilitatorA.AdvanceToAsync(Phase.TopicCollection);
            await PhoneA.DoAsync("SubmitTopic", Guid.NewGuid(), Topics[0], "Bank am Spielplatz", null);
            await FacilitatorA.DoAsync(new AddPaperTopic(Guid.NewGuid(), Topics[1], "Bäume", null));
            await FacilitatorA.DoAsync(new AddPaperTopic(Guid.NewGuid(), Topics[2], "Hofcafé", null));
            await FacilitatorA.DoAsync(new AddPaperParticipant(Guid.NewGuid(), PaperPerson, "Frau K.", Presence.InRoom));
            await FacilitatorA.AdvanceToAsync(Phase.Clustering);
            await FacilitatorA.DoAsync(new NameCluster(Guid.NewGuid(), Cluster, "Draußen"));
            await FacilitatorA.AdvanceToAsync(Phase.DotVoting);
            foreach (var (phone, topic) in new[] { (PhoneA, Topics[0]), (PhoneA, Topics[0]), (PhoneA, Topics[1]), (PhoneB, Topics[1]), (PhoneB, Topics[2]), (PhoneB, Topics[2]) })
            {
                await phone.DoAsync(nameof(IParticipantHub.CastDot), Guid.NewGuid(), topic);
            }

            foreach (var topic in new[] { Topics[0], Topics[2], Topics[2] })
            {
                await FacilitatorA.DoAsync(new CastDot(Guid.NewGuid(), PaperPerson, topic));
            }

            await FacilitatorA.DoAsync(new AdjustPaperDots(Guid.NewGuid(), Topics[2], 2));
        }
    }
}
