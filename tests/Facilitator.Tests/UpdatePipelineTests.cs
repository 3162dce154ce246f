using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Facilitator.Tests.Privacy;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// One pipeline for every screen: the console and the projector in the host's own process get the
/// views the hub sends, built once per audience and paced send, at the hub's pace (decision 0012).
/// </summary>
public sealed class UpdatePipelineTests
{
    [Fact]
    public async Task An_in_process_console_and_projector_get_a_burst_of_votes_as_a_few_paced_views_ending_with_the_newest()
    {
        using var host = new FakeClockHost();
        var (created, driver, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var facilitator = driver;
        using var console = InProcessScreen.Console(host, created.AssemblyId);
        using var projector = InProcessScreen.Projector(host, created.AssemblyId);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        await SettleAsync(host, facilitator, console, projector);
        var (consoleBefore, projectorBefore) = (console.Views.Count, projector.Views.Count);

        const int Commands = 20;
        var last = 0L;
        for (var i = 0; i < Commands / 2; i++)
        {
            await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
            last = (await phone.DoAsync("RemoveDot", Guid.NewGuid(), topic)).Version;
        }

        await Eventually.HoldsAsync(
            () =>
            {
                host.Clock.Advance(PacedViews.ConsoleInterval);
                return console.Version >= last && projector.Version >= last;
            },
            () => $"the burst did not arrive: console {console.Version}, projector {projector.Version}, wanted {last}");

        // Two at once from a full budget, then the rest merged into one when the interval has passed.
        Assert.InRange(console.Views.Count - consoleBefore, 1, 3);
        Assert.InRange(projector.Views.Count - projectorBefore, 1, 3);
        Assert.Equal(last, console.Views[^1].Board.Version);
        Assert.Equal(last, projector.Views[^1].Version);
    }

    [Fact]
    public async Task Each_audiences_view_is_built_once_per_send_and_the_in_process_screens_get_the_very_views_built()
    {
        using var host = new CountingViewsHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        using var console = InProcessScreen.Console(host, created.AssemblyId);
        using var projector = InProcessScreen.Projector(host, created.AssemblyId);
        var first = await facilitator.AdvanceAsync();
        await AllAtAsync(first.Version);

        var measured = await facilitator.AdvanceAsync();
        await AllAtAsync(measured.Version);

        var built = host.Views.BuiltAt(measured.Version);
        var room = Assert.Single(built.OfType<PublicUpdate>());
        var consoleView = Assert.Single(built.OfType<FacilitatorView>());
        Assert.Same(consoleView, console.Views[^1]);
        Assert.Same(room.Board, projector.Views[^1]);

        async Task AllAtAsync(long version)
        {
            await facilitator.ConsoleAtAsync(version);
            await phone.BoardAtAsync(version);
            await console.AtAsync(version);
            await projector.AtAsync(version);
        }
    }

    [Fact]
    public async Task The_console_is_built_only_while_one_follows_and_one_that_opens_gets_the_view_at_once_and_every_change_after()
    {
        using var host = new CountingViewsHost();
        var created = await AssemblyApi.CreateAsync(host);
        var commands = host.Services.GetRequiredService<AssemblyCommands>();
        var binding = (await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.FacilitatorSecret)).Binding!;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");

        // Nobody has the console open: the room moves on, the phone follows, and no console view is built for nobody.
        var unwatched = await HangGuard.Within(commands.AsFacilitatorAsync(binding, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));
        await phone.BoardAtAsync(unwatched.Version);
        Assert.Empty(host.Views.Consoles());

        // A console opens as the console page does: it follows, then reads its first view.
        var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        Assert.Equal(unwatched.Version, (await facilitator.ViewAsync()).Board.Version);
        var watched = await facilitator.AdvanceAsync();
        await facilitator.ConsoleAtAsync(watched.Version);
        var next = await facilitator.AdvanceAsync();
        Assert.Equal(next.Version, (await facilitator.ConsoleAtAsync(next.Version)).Board.Version);
        Assert.NotEmpty(host.Views.BuiltAt(next.Version).OfType<FacilitatorView>());

        // Closed again: no more console views.
        await facilitator.DisposeAsync();
        var closed = await HangGuard.Within(commands.AsFacilitatorAsync(binding, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));
        await phone.BoardAtAsync(closed.Version);
        Assert.DoesNotContain(host.Views.Consoles(), v => v.Board.Version >= closed.Version);
    }

    [Fact]
    public async Task A_deleted_assembly_clears_an_in_process_screen_even_when_a_view_was_being_built()
    {
        var screen = new RecordingReceiver();
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var telemetry = new HostTelemetry(
            services.GetRequiredService<IMeterFactory>(), Options.Create(new OffeneVersammlungOptions()), Options.Create(new JsonHubProtocolOptions()));
        var pipeline = new PacedViews(new FakeTimeProvider(), [screen], screen, telemetry, NullLogger<PacedViews>.Instance);
        var assemblyId = Guid.NewGuid();
        var (board, console) = (new TaskCompletionSource<PublicUpdate?>(), new TaskCompletionSource<FacilitatorView?>());
        var (roomAsked, consoleAsked) = (new TaskCompletionSource(), new TaskCompletionSource());
        pipeline.Publish(new AssemblyChange(
            assemblyId,
            7,
            null,
            _ =>
            {
                roomAsked.TrySetResult();
                return board.Task;
            },
            () =>
            {
                consoleAsked.TrySetResult();
                return console.Task;
            }));
        await HangGuard.Within(Task.WhenAll(roomAsked.Task, consoleAsked.Task));

        pipeline.Publish(new AssemblyDeleted(assemblyId));
        // Built just before the deletion, handed on just after it: the views' sends continue inline here.
        board.SetResult(new PublicUpdate(assemblyId, 7, Board(assemblyId), new Dictionary<Guid, OwnView>()));
        console.SetResult(Console(assemblyId));

        Assert.Equal(["forget"], screen.Told);
    }

    /// <summary>Moves the clock until every push of the setting up reached the screens, then lets both budgets fill up.</summary>
    private static async Task SettleAsync(FakeClockHost host, FacilitatorDriver facilitator, InProcessScreen<FacilitatorView> console, InProcessScreen<PublicBoard> projector)
    {
        var version = (await facilitator.ViewAsync()).Board.Version;
        await Eventually.HoldsAsync(
            () =>
            {
                host.Clock.Advance(PacedViews.ConsoleInterval);
                return console.Version >= version && projector.Version >= version;
            },
            () => $"pushes of the setting up did not arrive: console {console.Version}, projector {projector.Version}, wanted {version}");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
    }

    private static PublicBoard Board(Guid assemblyId) => Created(assemblyId).PublicBoard(DateTimeOffset.UnixEpoch);

    private static FacilitatorView Console(Guid assemblyId) => Created(assemblyId).FacilitatorView(DateTimeOffset.UnixEpoch);

    private static OpenAssembly Created(Guid assemblyId)
    {
        var assembly = new OpenAssembly();
        assembly.Execute(new CreateAssembly(Guid.NewGuid(), assemblyId, "Kiez", null, null, AssemblyFormat.InRoom, TestTemplates.Full), Actor.Facilitator, DateTimeOffset.UnixEpoch);
        return assembly;
    }

    /// <summary>The real host, its views built by a builder that keeps what it built.</summary>
    private sealed class CountingViewsHost : HostFactory
    {
        public CountingViews Views { get; } = new();

        protected override void ConfigureHost(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<IAudienceViews>(Views));
    }

    private sealed class CountingViews : IAudienceViews
    {
        private readonly AudienceViews _views = new();
        private readonly List<(long Version, object View)> _built = [];

        public IReadOnlyList<object> BuiltAt(long version)
        {
            lock (_built)
            {
                return [.. _built.Where(b => b.Version == version).Select(b => b.View)];
            }
        }

        public IReadOnlyList<FacilitatorView> Consoles()
        {
            lock (_built)
            {
                return [.. _built.Select(b => b.View).OfType<FacilitatorView>()];
            }
        }

        public PublicUpdate Room(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now) =>
            Keep(assembly.Version, _views.Room(assembly, touched, now));

        public FacilitatorView Console(OpenAssembly assembly, DateTimeOffset now) => Keep(assembly.Version, _views.Console(assembly, now));

        private T Keep<T>(long version, T view)
            where T : class
        {
            lock (_built)
            {
                _built.Add((version, view));
            }

            return view;
        }
    }

    private sealed class RecordingReceiver : IViewReceiver, IConsoleReceiver
    {
        public List<string> Told { get; } = [];

        public bool FollowsConsole(Guid assemblyId) => true;

        public void ShowRoom(PublicUpdate update) => Told.Add("room");

        public void ShowPhones(PublicBoard board) => Told.Add("phones");

        public void ShowConsole(ConsoleUpdate update) => Told.Add("console");

        public void Forget(AssemblyDeleted deleted) => Told.Add("forget");
    }
}
