using System.Security.Cryptography;
using System.Text;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// Ids a group space derives instead of drawing: the space of an assembly's group is always the same id (opening twice
/// finds the first), and the steps and date the opening copies are named from the space, so replay gives the same ids.
/// </summary>
public static class GroupSpaceIds
{
    public static Guid For(Guid assemblyId, Guid groupId) => Derived(assemblyId, "space:" + groupId.ToString("N"), 0);

    /// <summary>The member a participant of the evening becomes in the space (and, for the empty id, the opening's command id).</summary>
    public static Guid MemberOf(Guid spaceId, Guid participantId) => Derived(spaceId, "member:" + participantId.ToString("N"), 0);

    internal static Guid Derived(Guid from, string purpose, int index)
    {
        var input = Encoding.UTF8.GetBytes($"{from:N}/{purpose}/{index}");
        return new Guid(SHA256.HashData(input).AsSpan(0, 16));
    }
}
