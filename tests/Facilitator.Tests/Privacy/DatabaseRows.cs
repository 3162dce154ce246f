using System.Text;
using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Facilitator.Tests.Privacy;

/// <summary>Looks through every table of a SQLite file, whatever tables exist, for any trace of an assembly.</summary>
internal static class DatabaseRows
{
    /// <summary>"table.column" for every value that holds the id (any spelling, as text or bytes).</summary>
    public static List<string> Mentioning(string databasePath, Guid assemblyId)
    {
        var spellings = new[] { assemblyId.ToString("N"), assemblyId.ToString("D") };
        var bytes = assemblyId.ToByteArray();
        var hits = new List<string>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach (var table in Tables(connection))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    var text = value switch
                    {
                        string s => s,
                        byte[] b => Encoding.Latin1.GetString(b),
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    };
                    if (spellings.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase))
                        || (value is byte[] blob && blob.AsSpan().IndexOf(bytes) >= 0))
                    {
                        hits.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return hits;
    }

    public static List<string> Tables(SqliteConnection connection)
    {
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = tables.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Whether the raw bytes of the database file or its write-ahead log still hold the text.</summary>
    public static bool FileHolds(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal" }
            .Where(File.Exists)
            .Any(path => ReadShared(path).AsSpan().IndexOf(needle) >= 0);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
