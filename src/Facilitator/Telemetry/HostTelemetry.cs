using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Telemetry;

/// <summary>
/// The host's own traces and metrics, all named <see cref="Name"/>: a span and a duration per command
/// decided, per append and per push, the sizes of appends and pushes, and the open connections. Tags
/// carry kinds, outcomes and refusal codes, never a person's text or an id. Nobody listens unless
/// telemetry is configured (<see cref="TelemetryRegistration"/>), and then an unheard instrument costs a
/// flag check; a push's size is only measured while someone listens to it.
/// </summary>
public sealed class HostTelemetry : IDisposable
{
    /// <summary>The <see cref="ActivitySource"/>'s and the <see cref="Meter"/>'s name, for an exporter to subscribe to.</summary>
    public const string Name = "OffeneVersammlung";

    private readonly Histogram<double> _commandDuration;
    private readonly Histogram<double> _appendDuration;
    private readonly Histogram<int> _appendEvents;
    private readonly Histogram<double> _pushDuration;
    private readonly Histogram<long> _pushSize;
    private readonly UpDownCounter<long> _connections;
    private readonly JsonSerializerOptions _wire;
    private readonly string _store;

    public HostTelemetry(IMeterFactory meters, IOptions<OffeneVersammlungOptions> options, IOptions<JsonHubProtocolOptions> hubJson)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hubJson);
        _store = options.Value.Storage.ToString();
        _wire = hubJson.Value.PayloadSerializerOptions;
        Meter = meters.Create(Name);
        _commandDuration = Meter.CreateHistogram<double>("ov.command.duration", "s", "From a command's arrival to its answer: queue, decision and append.");
        _appendDuration = Meter.CreateHistogram<double>("ov.append.duration", "s", "One append of a batch's events to the store.");
        _appendEvents = Meter.CreateHistogram<int>("ov.append.events", "{event}", "Events in one append (group commit puts a burst of commands into one).");
        _pushDuration = Meter.CreateHistogram<double>("ov.push.duration", "s", "One paced send to an audience: building its view and handing it to every receiver.");
        _pushSize = Meter.CreateHistogram<long>("ov.push.size", "By", "One paced send's views as the hub's JSON protocol writes them.");
        _connections = Meter.CreateUpDownCounter<long>("ov.connections", "{connection}", "Open phone, console and projector connections on this node.");
    }

    public ActivitySource Source { get; } = new(Name);

    public Meter Meter { get; }

    /// <summary>A command's span, in its caller's trace (a hub call, a console's click); null when nobody listens.</summary>
    public Activity? StartCommand(string kind)
    {
        var activity = Source.StartActivity("command " + kind);
        activity?.SetTag(Tags.Command, kind);
        return activity;
    }

    public void CommandDecided(Activity? activity, string kind, CommandOutcome outcome, long startedAt)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.IsAccepted ? (outcome.WasDuplicate ? "duplicate" : "accepted") : "refused";
        var refusal = outcome.Refusal?.Code.ToString();
        activity?.SetTag(Tags.Outcome, result);
        activity?.SetTag(Tags.Refusal, refusal);
        if (_commandDuration.Enabled)
        {
            _commandDuration.Record(Seconds(startedAt), new(Tags.Command, kind), new(Tags.Outcome, result), new(Tags.Refusal, refusal));
        }
    }

    public void CommandFailed(Activity? activity, string kind, Exception error, long startedAt)
    {
        ArgumentNullException.ThrowIfNull(error);
        var type = error.GetType().Name;
        activity?.SetTag(Tags.Outcome, "failed");
        activity?.SetTag(Tags.Error, type);
        activity?.SetStatus(ActivityStatusCode.Error);
        if (_commandDuration.Enabled)
        {
            _commandDuration.Record(Seconds(startedAt), new(Tags.Command, kind), new(Tags.Outcome, "failed"), new(Tags.Error, type));
        }
    }

    /// <summary>
    /// An append's span: its own trace (it serves every command of the batch), linked to the spans of the
    /// commands it stores. Sets the current activity: call it from the async method that owns the append.
    /// </summary>
    public Activity? StartAppend(int events, IEnumerable<ActivityContext> commands)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity.Current = null;
        var links = commands.Where(c => c != default).Select(c => new ActivityLink(c));
        var activity = Source.StartActivity(ActivityKind.Internal, links: links, name: "append");
        activity?.SetTag(Tags.Store, _store);
        activity?.SetTag(Tags.Events, events);
        return activity;
    }

    /// <summary>How the append ended: <c>stored</c>, <c>conflict</c> (another writer was first) or <c>failed</c>.</summary>
    public void Appended(Activity? activity, int events, string outcome, long startedAt)
    {
        activity?.SetTag(Tags.Outcome, outcome);
        if (outcome != "stored")
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        if (_appendDuration.Enabled)
        {
            _appendDuration.Record(Seconds(startedAt), new(Tags.Store, _store), new(Tags.Outcome, outcome));
        }

        _appendEvents.Record(events, new KeyValuePair<string, object?>(Tags.Store, _store));
    }

    /// <summary>A paced send's span, its own trace. Sets the current activity: call it from the async method that sends.</summary>
    public Activity? StartPush(string audience)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity.Current = null;
        var activity = Source.StartActivity("push " + audience);
        activity?.SetTag(Tags.Audience, audience);
        return activity;
    }

    /// <summary>The room's send is done: its board and the own views it carried (their size measured only while someone listens).</summary>
    public void PushedRoom(Activity? activity, string audience, long startedAt, PublicUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Pushed(activity, audience, startedAt, () => SizeOf(update.Board) + update.OwnViews.Values.Sum(v => SizeOf(v)));
    }

    /// <summary>
    /// The phones' board was handed on (decision 0023): the duration is the hand-off itself, which for the hub is
    /// the write into every phone's connection. No span: it runs inside the room's send or on the pace's timer.
    /// </summary>
    public void PushedPhones(string audience, long startedAt, PublicBoard board) =>
        Pushed(null, audience, startedAt, () => SizeOf(board));

    /// <summary>The console's send is done.</summary>
    public void PushedConsole(Activity? activity, string audience, long startedAt, FacilitatorView view) =>
        Pushed(activity, audience, startedAt, () => SizeOf(view));

    /// <summary>A screen connected: <paramref name="screen"/> phone, console or projector; <paramref name="mode"/> wasm (the hub) or server (a circuit).</summary>
    public void Connected(string screen, string mode) =>
        _connections.Add(1, new(Tags.Screen, screen), new(Tags.Mode, mode));

    public void Disconnected(string screen, string mode) =>
        _connections.Add(-1, new(Tags.Screen, screen), new(Tags.Mode, mode));

    public void Dispose() => Source.Dispose();

    private static double Seconds(long startedAt) => Stopwatch.GetElapsedTime(startedAt).TotalSeconds;

    private void Pushed(Activity? activity, string audience, long startedAt, Func<long> size)
    {
        if (_pushDuration.Enabled)
        {
            _pushDuration.Record(Seconds(startedAt), new KeyValuePair<string, object?>(Tags.Audience, audience));
        }

        if (_pushSize.Enabled || activity is not null)
        {
            var bytes = size();
            activity?.SetTag(Tags.Bytes, bytes);
            _pushSize.Record(bytes, new KeyValuePair<string, object?>(Tags.Audience, audience));
        }
    }

    private long SizeOf<TView>(TView view) => JsonSerializer.SerializeToUtf8Bytes(view, _wire).Length;

    /// <summary>The tags' names.</summary>
    public static class Tags
    {
        public const string Command = "ov.command";
        public const string Outcome = "ov.outcome";
        public const string Refusal = "ov.refusal";
        public const string Error = "error.type";
        public const string Store = "ov.store";
        public const string Events = "ov.events";
        public const string Audience = "ov.audience";
        public const string Bytes = "ov.bytes";
        public const string Screen = "ov.screen";
        public const string Mode = "ov.mode";
    }
}
