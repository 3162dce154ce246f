namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The announcement page's own link: a random token (<see cref="AnnouncementTokens"/>), neither the join code (which
/// opens the door) nor a secret link (which opens the console), in the host's SQLite file or in PostgreSQL. A series
/// keeps its token when its next date opens as a new assembly: the link on the posters moves on to it. The row goes
/// with the assembly.
/// </summary>
public interface IAnnouncementLinks
{
    /// <summary>The assembly's token, drawn the first time it is asked for.</summary>
    Task<string> GetOrCreateAsync(Guid assemblyId, CancellationToken cancellationToken = default);

    Task<string?> FindTokenAsync(Guid assemblyId, CancellationToken cancellationToken = default);

    Task<Guid?> FindAssemblyAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Keeps a token drawn elsewhere (an assembly moved from another store); false when either is taken.</summary>
    Task<bool> TryAddAsync(string token, Guid assemblyId, CancellationToken cancellationToken = default);

    /// <summary>The series' next date opened as <paramref name="to"/>: the link now leads there.</summary>
    Task MoveAsync(Guid from, Guid to, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default);
}
