using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// The facilitator sets the list's rules: each speaker's time (null: none, the default), whether first-time
/// speakers go first, whether the projector's gong sounds when the time is up, and whether the protocol counts
/// the contributions (off by default: the facilitator's choice).
/// </summary>
public sealed record SetSpeakingRules(Guid CommandId, int? SecondsPerSpeaker, bool FirstTimeFirst, bool Gong, bool InProtocol = false) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (SecondsPerSpeaker is < SpeakingLimits.MinSecondsPerSpeaker or > SpeakingLimits.MaxSecondsPerSpeaker)
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(SecondsPerSpeaker));
        }

        var list = context.State.Speakers;
        return list.SecondsPerSpeaker == SecondsPerSpeaker && list.FirstTimeFirst == FirstTimeFirst && list.Gong == Gong && list.InProtocol == InProtocol
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(SetSpeakingRules))
            : Accept(new SpeakingRulesSet(SecondsPerSpeaker, FirstTimeFirst, Gong, InProtocol));
    }
}
