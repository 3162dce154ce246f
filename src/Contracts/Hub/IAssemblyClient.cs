using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Contracts;

/// <summary>
/// What the server pushes. Each push is a whole view with its version; a client keeps the newest it
/// has, drops older ones, and asks for a snapshot after a reconnect. Clients register their handlers
/// with <c>nameof</c> of these methods, so a renamed push fails to build instead of going unheard.
/// </summary>
public interface IAssemblyClient
{
    /// <summary>To the participants of the assembly.</summary>
    Task BoardChanged(PublicBoard board);

    /// <summary>To the one participant whose own part changed (all their connections).</summary>
    Task OwnViewChanged(OwnView own);

    /// <summary>To everyone connected to the assembly: it was deleted, nothing of it is left.</summary>
    Task AssemblyDeleted(Guid assemblyId);
}
