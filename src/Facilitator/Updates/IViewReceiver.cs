using OffeneVersammlung.Contracts.Views;
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
    /// <summary>
    /// Every room send, at most twenty a second: its board for the screens that show the room (the projector)
    /// and the own views the batch touched, for their participants' phones. Not the board for phones: that is
    /// <see cref="ShowPhones"/>.
    /// </summary>
    void ShowRoom(PublicUpdate update);

    /// <summary>
    /// The room's board for every phone of the assembly, at the phones' pace (<see cref="PhonePace"/>): with
    /// every room send in a room of fewer than a thousand phones, fewer in a larger one; always the newest.
    /// </summary>
    void ShowPhones(PublicBoard board);

    /// <summary>The assembly was deleted; no view of it follows.</summary>
    void Forget(AssemblyDeleted deleted);
}
