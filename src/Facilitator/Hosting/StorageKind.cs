namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>Where the host keeps its events and tables (<see cref="OffeneVersammlungOptions.Storage"/>).</summary>
public enum StorageKind
{
    /// <summary>One SQLite file beside the app: the laptop in the community centre.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:PostgreSQL</c>): one or several nodes on a server.</summary>
    PostgreSQL,
}
