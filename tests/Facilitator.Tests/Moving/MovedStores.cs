using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Moving;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Moving;

/// <summary>The move command as an operator runs it, and what a store holds, stream by stream, to compare two of them.</summary>
internal static class MovedStores
{
    public static string Sqlite(string file) => "sqlite:" + file;

    public static string Postgres(string connectionString) => "postgresql:" + connectionString;

    /// <summary>Runs <c>move --from … --to …</c>; its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> MoveAsync(string from, string to)
    {
        using var output = new StringWriter();
        var exitCode = await HangGuard.Within(MoveCommand.RunAsync([MoveCommand.Verb, "--from", from, "--to", to], output, output));
        return (exitCode, output.ToString());
    }

    /// <summary>Every stream of the store with the state its events replay to (<see cref="ReplayFingerprint"/>), as hex.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReplayedAsync(string address)
    {
        await using var end = MoveEnd.Open(StoreAddress.Parse(address)!, mustExist: true);
        var replayed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var stream in await end.Events.ListStreamsAsync())
        {
            var events = new List<StoredEvent>();
            await foreach (var stored in end.Events.ReadAsync(stream))
            {
                events.Add(stored);
            }

            replayed[stream] = $"{events.Count}:{Convert.ToHexString(ReplayFingerprint.Of(stream, events) ?? [])}";
        }

        return replayed;
    }
}
