using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>
/// Moves every stream of one store into another (decision 0020, "Moving between stores"): each assembly's and each
/// group space's events, then the host rows that belong to it, each checked as it goes; one line per stream and a
/// summary. Safe to run again: what the target holds already is checked, not copied twice; what it holds otherwise is
/// refused. The source is only read.
/// </summary>
public static class StoreMove
{
    public static async Task<MoveSummary> RunAsync(MoveEnd from, MoveEnd to, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"Moving from {from.Address} to {to.Address}");
        var summary = new MoveSummary();
        foreach (var stream in await from.Events.ListStreamsAsync(cancellationToken))
        {
            var copy = await StreamCopy.CopyAsync(from.Events, to.Events, stream, cancellationToken);
            var problems = copy.Problem is { } problem ? [problem] : await CopyRowsAsync(from, to, stream, cancellationToken);
            summary.Count(copy, problems.Count == 0);
            var outcome = problems.Count == 0 ? $"{copy.How}, equal" : "MISMATCH: " + string.Join("; ", problems);
            await output.WriteLineAsync($"{stream}  {copy.Events} events  {outcome}");
        }

        await output.WriteLineAsync(summary.ToString());
        return summary;
    }

    private static Task<IReadOnlyList<string>> CopyRowsAsync(MoveEnd from, MoveEnd to, string stream, CancellationToken cancellationToken)
    {
        if (IdAfter(stream, AssemblyRepository.StreamPrefix) is { } assemblyId)
        {
            return HostRowsCopy.CopyAssemblyAsync(from, to, assemblyId, cancellationToken);
        }

        return IdAfter(stream, GroupSpaceRepository.Prefix) is { } spaceId
            ? HostRowsCopy.CopySpaceAsync(from, to, spaceId, cancellationToken)
            : Task.FromResult<IReadOnlyList<string>>([]);
    }

    private static Guid? IdAfter(string stream, string prefix) =>
        stream.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParseExact(stream[prefix.Length..], "N", out var id) ? id : null;
}
