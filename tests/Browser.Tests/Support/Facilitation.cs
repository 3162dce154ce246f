using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>The facilitator's side, driven over the hub (the facilitator screens are built elsewhere).</summary>
public static class Facilitation
{
    public static async Task AdvanceToAsync(LiveClient facilitator, Phase phase)
    {
        var snapshot = await facilitator.SnapshotAsync();
        var current = snapshot.Facilitator!.Board.Phase;
        while (current != phase)
        {
            var result = await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
            current = (await facilitator.ConsoleAtAsync(result.Version)).Board.Phase;
        }
    }
}
