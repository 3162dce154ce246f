using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Engine.Storage;

internal static class SqliteSchema
{
    public static void Create(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS events (
                stream_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                command_id BLOB NOT NULL,
                recorded_at_ticks INTEGER NOT NULL,
                offset_minutes INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (stream_id, version)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }
}
