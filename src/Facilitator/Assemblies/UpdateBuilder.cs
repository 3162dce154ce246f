using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>Applies stored events, noting event by event whose own view they changed, then derives every audience's view.</summary>
internal static class UpdateBuilder
{
    /// <summary>Applies the events; returns the participants whose own view changed, or null for everyone.</summary>
    public static HashSet<Guid>? Apply(OpenAssembly assembly, IReadOnlyList<RecordedEvent> events)
    {
        var everyone = false;
        var touched = new HashSet<Guid>();
        foreach (var recorded in events)
        {
            assembly.Apply(recorded);
            if (PrivateAudience.Of(assembly.State, recorded.Event) is { } audience)
            {
                touched.UnionWith(audience);
            }
            else
            {
                everyone = true;
            }
        }

        return everyone ? null : touched;
    }

    public static AssemblyUpdate Describe(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now)
    {
        var room = DescribePublic(assembly, touched, now);
        return new AssemblyUpdate(room.AssemblyId, room.Version, room.Board, assembly.FacilitatorView(now), room.OwnViews);
    }

    public static PublicUpdate DescribePublic(OpenAssembly assembly, IReadOnlySet<Guid>? touched, DateTimeOffset now)
    {
        var audience = touched ?? assembly.State.Participants.Where(p => p.Channel == Channel.Phone).Select(p => p.Id);
        var own = new Dictionary<Guid, OwnView>();
        foreach (var participantId in audience)
        {
            if (assembly.OwnView(participantId) is { } view)
            {
                own[participantId] = view;
            }
        }

        return new PublicUpdate(assembly.State.Id, assembly.Version, assembly.PublicBoard(now), own);
    }
}
