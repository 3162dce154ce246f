using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>The engine's answer to a command: the events it caused, or a refusal.</summary>
public sealed record Decision(IReadOnlyList<AssemblyEvent> Events, Refusal? Refusal, bool WasDuplicate)
{
    public bool IsAccepted => Refusal is null;

    internal static Decision Accept(IReadOnlyList<AssemblyEvent> events) => new(events, null, false);

    internal static Decision Refuse(RefusalCode code, string? detail = null) => new([], new Refusal(code, detail), false);

    internal static Decision Duplicate { get; } = new([], null, true);
}
