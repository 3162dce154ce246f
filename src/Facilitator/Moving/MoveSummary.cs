namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>What a move did, stream by stream: the command's last line and its exit code.</summary>
public sealed class MoveSummary
{
    public int Streams { get; private set; }

    public int Copied { get; private set; }

    public int AlreadyThere { get; private set; }

    public int Mismatches { get; private set; }

    public long Events { get; private set; }

    public bool IsEqual => Mismatches == 0;

    public void Count(StreamCopyResult copy, bool equal)
    {
        ArgumentNullException.ThrowIfNull(copy);
        Streams++;
        Events += copy.Events;
        if (!equal)
        {
            Mismatches++;
        }
        else if (copy.How == StreamCopyResult.AlreadyThere)
        {
            AlreadyThere++;
        }
        else
        {
            Copied++;
        }
    }

    public override string ToString() =>
        $"{Streams} streams, {Events} events: {Copied} copied, {AlreadyThere} already there, {Mismatches} mismatches" + (IsEqual ? "." : " (the target was not overwritten).");
}
