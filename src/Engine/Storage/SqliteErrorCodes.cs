namespace OffeneVersammlung.Engine.Storage;

internal static class SqliteErrorCodes
{
    /// <summary>SQLITE_CONSTRAINT: here, another writer took the same (stream, version) first.</summary>
    public const int Constraint = 19;
}
