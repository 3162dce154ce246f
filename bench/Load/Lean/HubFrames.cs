using System.Buffers;
using System.Text;
using MessagePack;

namespace OffeneVersammlung.Bench.Load.Lean;

/// <summary>
/// SignalR's MessagePack hub protocol, the little of it a listening phone needs: the JSON handshake ending in the
/// record separator, then messages each framed by its length as a 7-bit varint and written as MessagePack arrays
/// whose first element is the message type.
/// </summary>
public static class HubFrames
{
    public const byte RecordSeparator = 0x1e;
    public const int InvocationType = 1;
    public const int CompletionType = 3;
    public const int PingType = 6;
    public const int CloseType = 7;
    public const int ErrorResult = 1;

    public static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"messagepack\",\"version\":1}\u001e");

    /// <summary>[6], two bytes, framed.</summary>
    public static readonly byte[] Ping = [0x02, 0x91, PingType];

    /// <summary>Where the next whole message starts and how long it is; false while its frame has not fully arrived.</summary>
    public static bool TryFrame(ReadOnlySpan<byte> data, out int start, out int length)
    {
        length = 0;
        for (var i = 0; i < Math.Min(5, data.Length); i++)
        {
            length |= (data[i] & 0x7f) << (7 * i);
            if ((data[i] & 0x80) == 0)
            {
                start = i + 1;
                return data.Length - start >= length;
            }
        }

        start = 0;
        return false;
    }

    /// <summary>A framed invocation that expects an answer: [1, {}, id, target, arguments].</summary>
    public static byte[] Invocation(string invocationId, string target, object?[] arguments, MessagePackSerializerOptions options)
    {
        var body = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(body);
        writer.WriteArrayHeader(5);
        writer.Write(InvocationType);
        writer.WriteMapHeader(0);
        writer.Write(invocationId);
        writer.Write(target);
        writer.WriteArrayHeader(arguments.Length);
        foreach (var argument in arguments)
        {
            // As SignalR writes an argument: by its runtime type (an enum as its number).
            if (argument is null)
            {
                writer.WriteNil();
            }
            else
            {
                MessagePackSerializer.Serialize(argument.GetType(), ref writer, argument, options);
            }
        }

        writer.Flush();
        var framed = new ArrayBufferWriter<byte>(body.WrittenCount + 5);
        var length = body.WrittenCount;
        do
        {
            var next = (byte)(length & 0x7f);
            length >>= 7;
            framed.Write([length > 0 ? (byte)(next | 0x80) : next]);
        }
        while (length > 0);
        framed.Write(body.WrittenSpan);
        return framed.WrittenSpan.ToArray();
    }

    /// <summary>The "Version" of the map at the reader (a view as SignalR's default resolver writes it, keyed by property name); the rest is skipped, not decoded.</summary>
    public static long? ReadVersion(ref MessagePackReader reader)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        var entries = reader.ReadMapHeader();
        for (var i = 0; i < entries; i++)
        {
            if (reader.TryReadStringSpan(out var key) && key.SequenceEqual("Version"u8))
            {
                return reader.ReadInt64();
            }

            reader.Skip();
        }

        return null;
    }
}
