using System.Buffers;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// What a versioned delta of the board would weigh (decision 0023's alternative b, not built): two real boards
/// serialised as SignalR's MessagePack protocol writes them (a map keyed by member name), compared member by
/// member; the delta is a map of the members whose bytes differ, plus the version it applies to.
/// </summary>
public static class DeltaEstimate
{
    private static readonly MessagePackSerializerOptions Wire = new MessagePackHubProtocolOptions().SerializerOptions;

    public static int FullBytes(PublicBoard board) => MessagePackSerializer.Serialize(board, Wire).Length;

    /// <summary>The bytes of a delta from <paramref name="before"/> to <paramref name="after"/>, and which members it carries.</summary>
    public static (int Bytes, IReadOnlyList<string> Members) Of(PublicBoard before, PublicBoard after)
    {
        var (old, now) = (Members(before), Members(after));
        var changed = now.Where(m => !old.TryGetValue(m.Key, out var was) || !was.AsSpan().SequenceEqual(m.Value)).ToList();
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteMapHeader(changed.Count + 1);
        writer.Write("BaseVersion");
        writer.Write(before.Version);
        foreach (var (name, value) in changed)
        {
            writer.Write(name);
            writer.WriteRaw(value);
        }

        writer.Flush();
        return (buffer.WrittenCount, [.. changed.Select(c => c.Key)]);
    }

    private static Dictionary<string, byte[]> Members(PublicBoard board)
    {
        var reader = new MessagePackReader(MessagePackSerializer.Serialize(board, Wire));
        var members = new Dictionary<string, byte[]>();
        for (var count = reader.ReadMapHeader(); count > 0; count--)
        {
            var name = reader.ReadString() ?? "";
            members[name] = reader.ReadRaw().ToArray();
        }

        return members;
    }
}
