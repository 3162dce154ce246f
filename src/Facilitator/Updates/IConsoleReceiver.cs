using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// Where the facilitator's consoles follow an assembly (the console is a screen in this process, never a
/// SignalR client). A console's view carries a row per participant, so <see cref="PacedViews"/> builds it
/// only while one follows; a console that opens reads its first view itself and gets every change after.
/// </summary>
public interface IConsoleReceiver
{
    /// <summary>Whether a console of the assembly follows now.</summary>
    bool FollowsConsole(Guid assemblyId);

    /// <summary>The facilitator's console, at most four a second. Same rules as <see cref="IViewReceiver"/>.</summary>
    void ShowConsole(ConsoleUpdate update);
}
