namespace OffeneVersammlung.Bench.Load;

/// <summary>Vote → board at every listener: the time from each accepted vote's send to the first board carrying it (or newer).</summary>
public static class Deliveries
{
    public static (Latency Delta, long Missing) Of(IEnumerable<Receipts> listeners, IReadOnlyCollection<SentVote> accepted)
    {
        var deltas = new List<double>();
        long missing = 0;
        foreach (var receipts in listeners)
        {
            foreach (var v in accepted)
            {
                if (receipts.FirstAtOrAfter(v.Version) is { } at)
                {
                    deltas.Add(Latency.Milliseconds(v.SentAt, at));
                }
                else
                {
                    missing++;
                }
            }
        }

        return (Latency.Of(deltas), missing);
    }
}
