using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// Turns the stored fields of one event kind at <see cref="FromVersion"/> into the fields of the next
/// version, before anything is deserialised. Fields are the event's MessagePack array as plain values
/// (strings, numbers, booleans, byte arrays, <see cref="DateTime"/>s, nested <c>object?[]</c>), by key.
/// </summary>
public abstract class EventUpcaster
{
    /// <summary>The event kind, by its current type.</summary>
    public abstract Type Kind { get; }

    public abstract int FromVersion { get; }

    /// <summary>The fields in the shape of version <see cref="FromVersion"/> + 1; the envelope gives what the event did not carry itself (when it was recorded).</summary>
    public abstract object?[] Upcast(object?[] fields, StoredEvent envelope);
}
