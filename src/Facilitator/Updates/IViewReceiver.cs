using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// Gets the room's and the participants' views <see cref="PacedViews"/> built, at the room's pace: the
/// same objects for every receiver. Called on the pipeline's sending task; hand on without waiting
/// (start a send, post to a renderer) and do not throw. The console's views go only to the
/// <see cref="IConsoleReceiver"/>, the one place a console can follow.
/// </summary>
public interface IViewReceiver
{
    /// <summary>The room's board and the own views the batch touched, at most twenty a second.</summary>
    void ShowRoom(PublicUpdate update);

    /// <summary>The assembly was deleted; no view of it follows.</summary>
    void Forget(AssemblyDeleted deleted);
}
