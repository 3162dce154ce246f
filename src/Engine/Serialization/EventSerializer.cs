using MessagePack;
using MessagePack.Resolvers;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// Turns events into the bytes the store keeps, with MessagePack. Event texts came from clients, so
/// reading uses the untrusted-data settings (hash-collision-safe maps, depth limits) even from disk.
/// </summary>
public static class EventSerializer
{
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static StoredEvent ToStored(RecordedEvent recorded) =>
        new(recorded.Version, recorded.CommandId, recorded.At, MessagePackSerializer.Serialize(recorded.Event, Options));

    public static RecordedEvent FromStored(StoredEvent stored) =>
        new(stored.Version, stored.CommandId, stored.RecordedAt, MessagePackSerializer.Deserialize<AssemblyEvent>(stored.Data, Options));
}
