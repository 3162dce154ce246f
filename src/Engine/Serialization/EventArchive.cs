using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// Turns the event history into what an archive may hold. Who voted for what never leaves the server,
/// so dots lose their participant; device keys (hashes of the phones' tokens) stay behind too. The
/// command ids are left out: they only link events to the requests that caused them.
/// </summary>
public static class EventArchive
{
    public static ArchivedEvent Of(RecordedEvent recorded) =>
        new(recorded.Version, recorded.At, recorded.Event.GetType().Name, DataOf(recorded.Event));

    private static object DataOf(AssemblyEvent happened) => happened switch
    {
        ParticipantJoined joined => joined with { DeviceKey = null },
        DotCast dot => new ArchivedDot(dot.TopicId, dot.Round),
        DotRemoved dot => new ArchivedDot(dot.TopicId, dot.Round),
        _ => happened,
    };
}
