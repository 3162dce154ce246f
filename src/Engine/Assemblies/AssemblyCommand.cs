using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// An intention sent to an assembly. The client makes <see cref="CommandId"/>, so a retry after a
/// dropped connection is recognised and applied once. Each command carries its own rule: authorise,
/// validate, then name the events.
/// </summary>
public abstract record AssemblyCommand(Guid CommandId)
{
    internal abstract Decision Decide(DecisionContext context);

    private protected static Decision Refuse(RefusalCode code, string? detail = null) => Decision.Refuse(code, detail);

    private protected static Decision Accept(params AssemblyEvent[] events) => Decision.Accept(events);
}
