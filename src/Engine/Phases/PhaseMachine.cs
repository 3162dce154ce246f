using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Templates;
using Stateless;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>
/// The phase graph of one assembly, built from its template with Stateless. It only decides: the
/// machine works on a scratch copy of the current phase, and the real phase changes when the
/// resulting <see cref="PhaseChanged"/> event is applied. That keeps replay and live state identical.
/// </summary>
internal sealed class PhaseMachine
{
    private readonly StateMachine<Phase, PhaseTrigger> _machine;
    private readonly Func<AssemblyState> _state;
    private readonly List<Phase> _order = [];
    private Phase _scratch;

    public PhaseMachine(AssemblyTemplate template, Func<AssemblyState> state)
    {
        _state = state;
        _machine = new StateMachine<Phase, PhaseTrigger>(() => _scratch, s => _scratch = s);
        Configure(template);
    }

    /// <summary>Where <paramref name="trigger"/> would lead from the current phase, or why it cannot.</summary>
    public bool TryFind(PhaseTrigger trigger, out Phase destination, [NotNullWhen(false)] out Refusal? refusal)
    {
        _scratch = _state().Phase;
        destination = _scratch;
        if (!_machine.CanFire(trigger, out var unmetGuards))
        {
            refusal = unmetGuards is { Count: > 0 } && Enum.TryParse<RefusalCode>(unmetGuards.First(), out var code)
                ? new Refusal(code)
                : new Refusal(RefusalCode.TransitionNotAllowed, $"{trigger} from {_scratch}");
            return false;
        }

        _machine.Fire(trigger);
        destination = _scratch;
        refusal = null;
        return true;
    }

    public string ToMermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());

    public PhaseGraph ToGraph()
    {
        var edges = _machine.GetInfo().States
            .SelectMany(state => state.FixedTransitions.Select(t => new PhaseEdge(
                (Phase)state.UnderlyingState, (Phase)t.DestinationState.UnderlyingState, (PhaseTrigger)t.Trigger.UnderlyingTrigger)))
            .OrderBy(e => _order.IndexOf(e.From))
            .ThenBy(e => e.Trigger)
            .ToList();
        return new PhaseGraph(_order.ToList(), edges);
    }

    private void Configure(AssemblyTemplate template)
    {
        var order = _order;
        order.Add(Phase.Lobby);
        order.AddRange(template.Phases.Select(p => p.Phase).Where(p => p is not Phase.Lobby and not Phase.Closed));
        order.Add(Phase.Closed);

        for (var i = 0; i < order.Count - 1; i++)
        {
            var phase = order[i];
            var next = order[i + 1];
            var state = _machine.Configure(phase);
            state.PermitIf(PhaseTrigger.Advance, next, () => CanEnter(next), GuardFor(next));
            state.Permit(PhaseTrigger.Close, Phase.Closed);

            if (i > 0)
            {
                state.PermitIf(PhaseTrigger.StepBack, order[i - 1], () => CanLeaveBackwards(phase), GuardForLeavingBackwards(phase));
            }
        }

        if (template.Includes(Phase.TopicCollection))
        {
            foreach (var later in new[] { Phase.Clustering, Phase.DotVoting }.Where(template.Includes))
            {
                // A step back from Clustering already lands in topic collection; only DotVoting needs the shortcut.
                if (order[order.IndexOf(later) - 1] != Phase.TopicCollection)
                {
                    _machine.Configure(later).PermitIf(
                        PhaseTrigger.ReopenTopicCollection, Phase.TopicCollection, () => CanLeaveBackwards(later), GuardForLeavingBackwards(later));
                }
            }
        }

        if (template.Includes(Phase.DotVoting) && template.Includes(Phase.Results))
        {
            _machine.Configure(Phase.Results).PermitIf(
                PhaseTrigger.RunOff, Phase.DotVoting, () => _state().Votes.Current.IsRevealed, nameof(RefusalCode.VotesNotRevealed));
        }
    }

    private bool CanEnter(Phase next) => next switch
    {
        Phase.DotVoting => _state().VisibleTopics.Any(),
        _ => true,
    };

    private static string GuardFor(Phase next) => next switch
    {
        Phase.DotVoting => nameof(RefusalCode.NoTopicsToVoteOn),
        _ => nameof(RefusalCode.TransitionNotAllowed),
    };

    private bool CanLeaveBackwards(Phase phase) => phase switch
    {
        Phase.DotVoting => !_state().Votes.Current.HasAnyDots,
        Phase.Results => !_state().Votes.Current.IsRevealed,
        _ => true,
    };

    private static string GuardForLeavingBackwards(Phase phase) => phase switch
    {
        Phase.DotVoting => nameof(RefusalCode.VotesAlreadyCast),
        Phase.Results => nameof(RefusalCode.RevealedVotesAreFinal),
        _ => nameof(RefusalCode.TransitionNotAllowed),
    };
}
