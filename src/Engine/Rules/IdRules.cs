using System.Collections.Concurrent;
using System.Reflection;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Rules;

/// <summary>
/// <see cref="Guid.Empty"/> is no id: a person, topic, cluster, group or command named by it would be
/// everyone's default value (what a client sends when it forgot to make an id, and what a reply says
/// when it names nobody). One rule for every command, so a new command cannot forget it: each of its
/// ids — <see cref="Guid"/>, a present <see cref="Nullable{Guid}"/>, every member of a list of ids — must
/// not be empty.
/// </summary>
public static class IdRules
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> IdsByType = new();

    /// <summary>The name of the command's first empty id (the command id first), or null when it has none.</summary>
    public static string? FindEmptyId(AssemblyCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var property in IdsByType.GetOrAdd(command.GetType(), IdsOf))
        {
            var empty = property.GetValue(command) switch
            {
                Guid id => id == Guid.Empty,
                IEnumerable<Guid> ids => ids.Contains(Guid.Empty),
                _ => false,
            };
            if (empty)
            {
                return property.Name;
            }
        }

        return null;
    }

    private static PropertyInfo[] IdsOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?) || typeof(IEnumerable<Guid>).IsAssignableFrom(p.PropertyType))
            .OrderBy(p => p.Name == nameof(AssemblyCommand.CommandId) ? 0 : 1)
            .ThenBy(p => p.MetadataToken)
            .ToArray();
}
