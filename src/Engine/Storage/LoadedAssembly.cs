using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// A loaded assembly (null when its stream is empty), the version of the snapshot it started from (0: replayed
/// from the first event) and whether a stored snapshot was ignored as unreadable or stale.
/// </summary>
public sealed record LoadedAssembly(OpenAssembly? Assembly, long SnapshotVersion, bool SnapshotRefused);
