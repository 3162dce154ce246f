using System.Text.Json;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Snapshots;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// What a stream replays to, as bytes two stores' copies can be compared by: an assembly's whole state as its
/// snapshot captures it (decision 0022: every field, also those no view shows), a group space's views (every
/// member's, the public profile, the summary) as JSON. Equal fingerprints, equal state; a stream this build cannot
/// replay is a <see cref="StoredFormatException"/>.
/// </summary>
public static class ReplayFingerprint
{
    /// <summary>The fingerprint of <paramref name="events"/> as stream <paramref name="streamId"/>; null for a stream of another kind.</summary>
    public static byte[]? Of(string streamId, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        if (streamId.StartsWith(GroupSpaceRepository.Prefix, StringComparison.Ordinal))
        {
            return OfSpace(GroupSpace.FromHistory(events.Select(SpaceEventSerializer.FromStored)).State);
        }

        if (streamId.StartsWith(AssemblyRepository.StreamPrefix, StringComparison.Ordinal))
        {
            var assembly = new OpenAssembly();
            foreach (var stored in events)
            {
                assembly.Apply(EventSerializer.FromStored(stored));
            }

            return SnapshotFormat.ToStored(assembly).Data.ToArray();
        }

        return null;
    }

    private static byte[] OfSpace(GroupSpaceState state)
    {
        var at = state.LastEventAt;
        var views = new
        {
            state.Version,
            Members = state.Members.OrderBy(m => m.Id).Select(m => MemberSpaceView.For(state, m.Id, at)).ToList(),
            Public = PublicGroupProfile.Of(state, at),
            Summary = GroupSpaceSummary.Of(state, at),
        };
        return JsonSerializer.SerializeToUtf8Bytes(views);
    }
}
