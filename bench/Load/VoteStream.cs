using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>One vote as the voter saw it: when it was sent, when it was answered, the version it produced.</summary>
public readonly record struct SentVote(long SentAt, long AnsweredAt, long Version, bool Accepted);

/// <summary>
/// Casts votes at a steady rate, round robin over the voters, without waiting for answers (an open
/// loop: a slow server gets more work queued, as in a real room, instead of fewer votes).
/// </summary>
public static class VoteStream
{
    public static async Task<List<SentVote>> RunAsync(int voters, Func<int, Task<Answer>> vote, double perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var pending = new List<Task<SentVote>>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            pending.Add(SendAsync(vote, i % voters));
        }

        return [.. await Task.WhenAll(pending)];
    }

    private static async Task<SentVote> SendAsync(Func<int, Task<Answer>> vote, int voter)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var answer = await vote(voter);
            return new SentVote(sent, Stopwatch.GetTimestamp(), answer.Version, answer.Accepted);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A lost connection counts as a vote that was not accepted; the run goes on.
            Console.Error.WriteLine($"  vote failed: {e.GetType().Name}: {e.Message}");
            return new SentVote(sent, Stopwatch.GetTimestamp(), 0, false);
        }
    }
}
