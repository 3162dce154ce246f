using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// The events table. Files written before schema versions existed lack the <c>schema_version</c> column;
/// adding it with default 1 marks every row they hold as version 1 without rewriting one, which is what
/// those rows are (docs/decisions/0009-stored-format.md).
/// </summary>
internal static class SqliteSchema
{
    public static void Create(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText =
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
            create.ExecuteNonQuery();
        }

        if (!HasColumn(connection, "events", "schema_version"))
        {
            using var add = connection.CreateCommand();
            add.CommandText = "ALTER TABLE events ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1";
            add.ExecuteNonQuery();
        }
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        query.Parameters.AddWithValue("$table", table);
        query.Parameters.AddWithValue("$column", column);
        return (long)query.ExecuteScalar()! > 0;
    }
}
