using Npgsql;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>One side of a move as the command line names it: <c>sqlite:&lt;file&gt;</c> or <c>postgresql:&lt;connection string&gt;</c>.</summary>
public sealed record StoreAddress(StorageKind Kind, string Location)
{
    private const string SqlitePrefix = "sqlite:";
    private const string PostgresPrefix = "postgresql:";

    /// <summary>The address, or null when <paramref name="text"/> names neither store.</summary>
    public static StoreAddress? Parse(string? text) => text switch
    {
        not null when text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) && text.Length > SqlitePrefix.Length =>
            new StoreAddress(StorageKind.Sqlite, text[SqlitePrefix.Length..]),
        not null when text.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase) && text.Length > PostgresPrefix.Length =>
            new StoreAddress(StorageKind.PostgreSQL, text[PostgresPrefix.Length..]),
        _ => null,
    };

    /// <summary>For the command's output: the file's full path, or the database without its password.</summary>
    public override string ToString()
    {
        if (Kind == StorageKind.Sqlite)
        {
            return $"SQLite {Path.GetFullPath(Location)}";
        }

        var shown = new NpgsqlConnectionStringBuilder(Location);
        return $"PostgreSQL {shown.Host}:{shown.Port}/{shown.Database}";
    }
}
