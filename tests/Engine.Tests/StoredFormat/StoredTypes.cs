using System.Reflection;
using MessagePack;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>What the stored format consists of, found by reflection so a new kind or enum cannot slip past the golden tests.</summary>
internal static class StoredTypes
{
    /// <summary>Every event kind by its C# name, with its union key.</summary>
    public static IReadOnlyDictionary<string, int> EventKinds { get; } = Unions().ToDictionary(u => u.SubType.Name, u => u.Key);

    /// <summary>The assembly's kinds and the group spaces' (their own union, keys from the same range: decision 0018).</summary>
    public static IReadOnlyList<Type> EventTypes { get; } = Unions().Select(u => u.SubType).ToList();

    private static IEnumerable<UnionAttribute> Unions() =>
        typeof(AssemblyEvent).GetCustomAttributes<UnionAttribute>().Concat(typeof(GroupSpaceEvent).GetCustomAttributes<UnionAttribute>());

    /// <summary>Every enum stored anywhere inside an event (also inside the template), by name.</summary>
    public static IReadOnlyList<Type> Enums { get; } = FindEnums();

    private static List<Type> FindEnums()
    {
        var seen = new HashSet<Type>();
        var enums = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var pending = new Stack<Type>(EventTypes);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                enums[type.Name] = type;
                continue;
            }

            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                pending.Push(inner);
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            if (type.GetCustomAttribute<MessagePackObjectAttribute>() is null)
            {
                continue;
            }

            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<KeyAttribute>() is not null))
            {
                pending.Push(property.PropertyType);
            }
        }

        return [.. enums.Values];
    }
}
