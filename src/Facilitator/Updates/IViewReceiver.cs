using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// Gets the views <see cref="PacedViews"/> built, at the pace of their audience: the same objects
/// for every receiver. Called on the pipeline's sending task; hand on without waiting (start a send,
/// post to a renderer) and do not throw.
/// </summary>
public interface IViewReceiver
{
    /// <summary>The room's board and the own views the batch touched, at most twenty a second.</summary>
    void ShowRoom(PublicUpdate update);

    /// <summary>The facilitator's console, at most four a second.</summary>
    void ShowConsole(ConsoleUpdate update);

    /// <summary>The assembly was deleted; no view of it follows.</summary>
    void Forget(AssemblyDeleted deleted);
}
