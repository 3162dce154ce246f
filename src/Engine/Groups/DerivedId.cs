using System.Security.Cryptography;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>
/// Ids for things one command creates several of. They are derived from the command id so that
/// deciding stays deterministic and a retried command would name the same ids.
/// </summary>
internal static class DerivedId
{
    public static Guid From(Guid commandId, int index)
    {
        Span<byte> input = stackalloc byte[20];
        commandId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], index);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return new Guid(hash[..16]);
    }
}
