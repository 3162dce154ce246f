using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>When one client received which board version; read only after the pushes have stopped.</summary>
public sealed class Receipts
{
    private readonly List<(long Version, long At)> _seen = [];
    private long[]? _versions;
    private long[]? _earliest;

    public int Count => _seen.Count;

    /// <summary>The newest version received so far.</summary>
    public long Newest
    {
        get
        {
            lock (_seen)
            {
                return _seen.Count == 0 ? -1 : _seen.Max(s => s.Version);
            }
        }
    }

    public void Record(long version) => Record(version, Stopwatch.GetTimestamp());

    /// <summary>A version received at a moment measured elsewhere on this machine (a Stopwatch timestamp of another process).</summary>
    public void Record(long version, long at)
    {
        lock (_seen)
        {
            _seen.Add((version, at));
        }
    }

    public void Clear()
    {
        lock (_seen)
        {
            _seen.Clear();
            _versions = null;
            _earliest = null;
        }
    }

    /// <summary>
    /// The earliest moment this client held a board at <paramref name="version"/> or newer (views are
    /// whole, so a newer board covers an older change), or null when it never did.
    /// </summary>
    public long? FirstAtOrAfter(long version)
    {
        if (_versions is null)
        {
            Index();
        }

        var i = Array.BinarySearch(_versions!, version);
        if (i < 0)
        {
            i = ~i;
        }

        return i < _versions!.Length ? _earliest![i] : null;
    }

    private void Index()
    {
        lock (_seen)
        {
            var sorted = _seen.OrderBy(s => s.Version).ToArray();
            _versions = sorted.Select(s => s.Version).ToArray();
            _earliest = new long[sorted.Length];
            var min = long.MaxValue;
            for (var i = sorted.Length - 1; i >= 0; i--)
            {
                min = Math.Min(min, sorted[i].At);
                _earliest[i] = min;
            }
        }
    }
}
