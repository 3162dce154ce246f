using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>
/// <c>dotnet run --project src/Facilitator -- move --from sqlite:&lt;file&gt; --to postgresql:&lt;connection string&gt;</c>
/// (or the other way round): moves every assembly between the laptop's file and the server's database, with the app
/// stopped on both. Exit code 0 when every stream is on the target and replays equal, 1 on any mismatch or when the
/// move stopped (run it again: it continues), 2 when the arguments name no two stores.
/// </summary>
public static class MoveCommand
{
    public const string Verb = "move";
    public const int Equal = 0;
    public const int Mismatch = 1;
    public const int Usage = 2;

    private const string UsageText = "usage: move --from sqlite:<file>|postgresql:<connection string> --to sqlite:<file>|postgresql:<connection string>";

    public static bool IsMove(IReadOnlyList<string> args) => args is [Verb, ..];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (StoreAddress.Parse(ValueOf(args, "--from")) is not { } from || StoreAddress.Parse(ValueOf(args, "--to")) is not { } to)
        {
            await errors.WriteLineAsync(UsageText);
            return Usage;
        }

        if (from == to)
        {
            await errors.WriteLineAsync("--from and --to name the same store.");
            return Usage;
        }

        try
        {
            await using var source = MoveEnd.Open(from, mustExist: true);
            await using var target = MoveEnd.Open(to, mustExist: false);
            var summary = await StoreMove.RunAsync(source, target, output, cancellationToken);
            return summary.IsEqual ? Equal : Mismatch;
        }
        catch (Exception e) when (e is FileNotFoundException or StoreUnavailableException or ArgumentException or Npgsql.NpgsqlException)
        {
            await errors.WriteLineAsync($"The move stopped: {e.Message} Run it again once this is fixed: it continues where it stopped.");
            return Mismatch;
        }
    }

    private static string? ValueOf(IReadOnlyList<string> args, string name)
    {
        for (var i = 1; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
