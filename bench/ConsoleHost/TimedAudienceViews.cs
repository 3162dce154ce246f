using System.Diagnostics;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Bench.ConsoleHost;

/// <summary>
/// The app's views, timed: each build runs under its assembly's gate, so its duration is how long
/// a paced send holds up the commands of that assembly (decision 0012).
/// </summary>
public sealed class TimedAudienceViews : IAudienceViews
{
    private readonly AudienceViews _views = new();
    private readonly Lock _lock = new();
    private List<double> _room = [];
    private List<double> _console = [];

    public PublicUpdate Room(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now)
    {
        var start = Stopwatch.GetTimestamp();
        var update = _views.Room(assembly, touched, now);
        Keep(ref _room, start);
        return update;
    }

    public FacilitatorView Console(OpenAssembly assembly, DateTimeOffset now)
    {
        var start = Stopwatch.GetTimestamp();
        var view = _views.Console(assembly, now);
        Keep(ref _console, start);
        return view;
    }

    /// <summary>The build times in milliseconds since the last call, and starts afresh.</summary>
    public Holds Take()
    {
        lock (_lock)
        {
            var holds = new Holds(_room, _console);
            (_room, _console) = ([], []);
            return holds;
        }
    }

    private void Keep(ref List<double> into, long start)
    {
        var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        lock (_lock)
        {
            into.Add(milliseconds);
        }
    }
}

/// <summary>How long each room view (board and touched own views) and each console view took to build, in milliseconds.</summary>
public sealed record Holds(IReadOnlyList<double> Room, IReadOnlyList<double> Console);
