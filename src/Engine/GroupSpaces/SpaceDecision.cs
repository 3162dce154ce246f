using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>The group space's answer to a command: the events it caused, or a refusal.</summary>
public sealed record SpaceDecision(IReadOnlyList<GroupSpaceEvent> Events, Refusal? Refusal, bool WasDuplicate)
{
    public bool IsAccepted => Refusal is null;

    internal static SpaceDecision Accept(params GroupSpaceEvent[] events) => new(events, null, false);

    internal static SpaceDecision Refuse(RefusalCode code, string? detail = null) => new([], new Refusal(code, detail), false);

    internal static SpaceDecision From(Refusal refusal) => new([], refusal, false);

    internal static SpaceDecision Duplicate { get; } = new([], null, true);
}
