using MessagePack;
using MessagePack.Resolvers;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// Turns events into the bytes the store keeps, with MessagePack: <c>[union key, [fields by key]]</c>,
/// beside the kind's schema version in the envelope (docs/decisions/0009-stored-format.md). Event texts
/// came from clients, so reading uses the untrusted-data settings (hash-collision-safe maps, depth
/// limits) even from disk.
/// </summary>
public static class EventSerializer
{
    internal static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static StoredEvent ToStored(RecordedEvent recorded) =>
        new(
            recorded.Version,
            recorded.CommandId,
            recorded.At,
            EventSchema.Current.VersionOf(recorded.Event.GetType()),
            MessagePackSerializer.Serialize(recorded.Event, Options));

    public static RecordedEvent FromStored(StoredEvent stored) => FromStored(stored, EventSchema.Current);

    /// <summary>Reads with <paramref name="schema"/>: older schema versions are upcast before they are deserialised.</summary>
    public static RecordedEvent FromStored(StoredEvent stored, EventSchema schema) =>
        new(stored.Version, stored.CommandId, stored.RecordedAt, MessagePackSerializer.Deserialize<AssemblyEvent>(schema.ToCurrent(stored, Options), Options));
}
