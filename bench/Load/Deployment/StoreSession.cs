using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>The nodes' store opened by the generator itself (while the app is down, or after it was killed).</summary>
public sealed class StoreSession(IEventStore events, ISnapshotStore snapshots, params IDisposable[] owned) : IDisposable
{
    public IEventStore Events { get; } = events;

    public ISnapshotStore Snapshots { get; } = snapshots;

    public void Dispose()
    {
        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }
    }
}
