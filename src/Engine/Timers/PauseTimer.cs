using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Timers;

public sealed record PauseTimer(Guid CommandId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.Timer.IsRunning ? Accept(new TimerPaused(context.Now)) : Refuse(RefusalCode.TimerNotRunning));
}
