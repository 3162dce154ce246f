using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>Applies stored events and works out, event by event, whose own view they changed.</summary>
internal static class UpdateBuilder
{
    public static AssemblyUpdate ApplyAndDescribe(OpenAssembly assembly, IReadOnlyList<RecordedEvent> events, DateTimeOffset now)
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

        if (everyone)
        {
            touched.UnionWith(assembly.State.Participants.Where(p => p.Channel == Channel.Phone).Select(p => p.Id));
        }

        var own = new Dictionary<Guid, OwnView>();
        foreach (var participantId in touched)
        {
            if (assembly.OwnView(participantId) is { } view)
            {
                own[participantId] = view;
            }
        }

        return new AssemblyUpdate(assembly.State.Id, assembly.Version, assembly.PublicBoard(now), assembly.FacilitatorView(now), own);
    }
}
