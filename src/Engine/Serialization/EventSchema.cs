using System.Reflection;
using MessagePack;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// The stored shape of every event kind: its union key (on <see cref="AssemblyEvent"/>), its current
/// schema version (<see cref="SchemaVersionAttribute"/>) and the upcasters that bring an older stored
/// version to the current one, one step at a time. Built once; a missing step fails at once, not when
/// an old assembly is first opened.
/// </summary>
public sealed class EventSchema
{
    private readonly Dictionary<int, Type> _kindsByKey;
    private readonly Dictionary<Type, int> _keysByKind;
    private readonly Dictionary<Type, int> _versions;
    private readonly Dictionary<(Type Kind, int From), EventUpcaster> _upcasters;

    /// <param name="upcasters">One per older version of every kind.</param>
    /// <param name="versionOverrides">Current versions that differ from the attributes (for tests of upcasting).</param>
    public EventSchema(IEnumerable<EventUpcaster> upcasters, IReadOnlyDictionary<Type, int>? versionOverrides = null)
        : this(typeof(AssemblyEvent), upcasters, versionOverrides)
    {
    }

    /// <param name="union">The abstract event type whose union attributes name the kinds (an assembly's or a group space's).</param>
    /// <param name="upcasters">One per older version of every kind.</param>
    /// <param name="versionOverrides">Current versions that differ from the attributes (for tests of upcasting).</param>
    public EventSchema(Type union, IEnumerable<EventUpcaster> upcasters, IReadOnlyDictionary<Type, int>? versionOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(union);
        var unions = union.GetCustomAttributes<UnionAttribute>().ToList();
        _kindsByKey = unions.ToDictionary(u => u.Key, u => u.SubType);
        _keysByKind = unions.ToDictionary(u => u.SubType, u => u.Key);
        _versions = unions.ToDictionary(
            u => u.SubType,
            u => versionOverrides is not null && versionOverrides.TryGetValue(u.SubType, out var version)
                ? version
                : u.SubType.GetCustomAttribute<SchemaVersionAttribute>()?.Version ?? 1);
        _upcasters = [];
        foreach (var upcaster in upcasters)
        {
            if (!_versions.TryGetValue(upcaster.Kind, out var current) || upcaster.FromVersion < 1 || upcaster.FromVersion >= current)
            {
                throw new InvalidOperationException($"{upcaster.GetType().Name} upcasts {upcaster.Kind.Name} from version {upcaster.FromVersion}, which is not an older version of a stored kind.");
            }

            if (!_upcasters.TryAdd((upcaster.Kind, upcaster.FromVersion), upcaster))
            {
                throw new InvalidOperationException($"Two upcasters for {upcaster.Kind.Name} from version {upcaster.FromVersion}.");
            }
        }

        foreach (var (kind, current) in _versions)
        {
            for (var version = 1; version < current; version++)
            {
                if (!_upcasters.ContainsKey((kind, version)))
                {
                    throw new InvalidOperationException($"{kind.Name} is at version {current} but nothing upcasts it from version {version}.");
                }
            }
        }
    }

    /// <summary>The engine's schema: the versions on the event types and the upcasters it ships with.</summary>
    public static EventSchema Current { get; } = new(EventUpcasters.All);

    /// <summary>The group spaces' schema (decision 0018): their own union, no older versions yet.</summary>
    public static EventSchema GroupSpaces { get; } = new(typeof(GroupSpaces.GroupSpaceEvent), []);

    public int VersionOf(Type kind) => _versions[kind];

    /// <summary>
    /// The stored data in the current shape of its kind: as it is when already current, upcast step by
    /// step when older, refused when a newer build wrote it.
    /// </summary>
    public ReadOnlyMemory<byte> ToCurrent(StoredEvent stored, MessagePackSerializerOptions options)
    {
        var key = KeyOf(stored.Data);
        if (!_kindsByKey.TryGetValue(key, out var kind))
        {
            throw new StoredFormatException($"Event {stored.Version} has the unknown kind key {key}.");
        }

        var current = _versions[kind];
        if (stored.SchemaVersion == current)
        {
            return stored.Data;
        }

        if (stored.SchemaVersion < 1 || stored.SchemaVersion > current)
        {
            throw new StoredFormatException(
                $"Event {stored.Version} ({kind.Name}) is stored at schema version {stored.SchemaVersion}; this build reads up to version {current}.");
        }

        var union = MessagePackSerializer.Deserialize<object?[]>(stored.Data, options);
        var fields = union[1] as object?[] ?? throw new StoredFormatException($"Event {stored.Version} ({kind.Name}) holds no fields.");
        for (var version = stored.SchemaVersion; version < current; version++)
        {
            fields = _upcasters[(kind, version)].Upcast(fields, stored);
        }

        return MessagePackSerializer.Serialize<object?[]>([_keysByKind[kind], fields], options);
    }

    private static int KeyOf(ReadOnlyMemory<byte> data)
    {
        var reader = new MessagePackReader(data);
        if (reader.ReadArrayHeader() != 2)
        {
            throw new StoredFormatException("Stored event data is not a [kind, fields] pair.");
        }

        return reader.ReadInt32();
    }
}
