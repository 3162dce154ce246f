using MessagePack;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A group space's events as the store keeps them: the same envelope and MessagePack shape as an assembly's (decision 0009).</summary>
public static class SpaceEventSerializer
{
    public static StoredEvent ToStored(RecordedSpaceEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return new(
            recorded.Version,
            recorded.CommandId,
            recorded.At,
            EventSchema.GroupSpaces.VersionOf(recorded.Event.GetType()),
            MessagePackSerializer.Serialize(recorded.Event, EventSerializer.Options));
    }

    public static RecordedSpaceEvent FromStored(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(
            stored.Version,
            stored.CommandId,
            stored.RecordedAt,
            MessagePackSerializer.Deserialize<GroupSpaceEvent>(EventSchema.GroupSpaces.ToCurrent(stored, EventSerializer.Options), EventSerializer.Options));
    }
}
