using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// The board version a server-mode phone rendered, read out of a render batch: the phone writes it into
/// <c>data-version</c> on its <c>main</c> (src/Participant's PhoneApp), and when it changes the batch carries that
/// attribute frame. The batch is Blazor's binary format, the one blazor.web.js reads: its sections, then five
/// little-endian int32 offsets (updated components, reference frames, disposed components, disposed event
/// handlers, string table). Reference frames are 20 bytes each (the frame type, then four ints); an attribute
/// frame holds its name and its value as indices into the string table, whose entries are offsets of
/// length-prefixed UTF-8 strings (BinaryWriter's).
/// </summary>
public static class BatchVersion
{
    public const string Attribute = "data-version";
    private const int Trailer = 5 * sizeof(int);
    private const int FrameBytes = 20;
    private const int AttributeFrame = 3; // RenderTreeFrameType.Attribute
    private static readonly byte[] AttributeName = Encoding.UTF8.GetBytes(Attribute);

    /// <summary>The newest version in the batch's data-version attributes; null when the batch did not change it.</summary>
    /// <exception cref="InvalidDataException">The batch is not laid out as this reader expects (a new Blazor format).</exception>
    public static long? Of(ReadOnlySpan<byte> batch)
    {
        if (batch.Length < Trailer)
        {
            throw new InvalidDataException($"a render batch of {batch.Length} bytes has no trailer");
        }

        var trailer = batch.Length - Trailer;
        var frames = Int(batch, trailer + 4);
        var nextSection = Int(batch, trailer + 8);
        var strings = Int(batch, trailer + 16);
        if (frames < 0 || frames + 4 > nextSection || strings > trailer)
        {
            throw new InvalidDataException("the render batch's offsets are not where Blazor's format puts them");
        }

        var count = Int(batch, frames);
        if (count < 0 || frames + 4 + ((long)count * FrameBytes) > nextSection)
        {
            throw new InvalidDataException($"the render batch says {count} reference frames, more than its section holds");
        }

        long? newest = null;
        for (var i = 0; i < count; i++)
        {
            var frame = frames + 4 + (i * FrameBytes);
            if (Int(batch, frame) != AttributeFrame
                || !TryString(batch, strings, trailer, Int(batch, frame + 4), out var name) || !name.SequenceEqual(AttributeName)
                || !TryString(batch, strings, trailer, Int(batch, frame + 8), out var value)
                || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                continue;
            }

            newest = Math.Max(newest ?? version, version);
        }

        return newest;
    }

    private static int Int(ReadOnlySpan<byte> batch, int at) => BinaryPrimitives.ReadInt32LittleEndian(batch[at..]);

    /// <summary>The UTF-8 bytes of string table entry <paramref name="index"/>; false for Blazor's null (-1).</summary>
    private static bool TryString(ReadOnlySpan<byte> batch, int table, int tableEnd, int index, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (index < 0)
        {
            return false;
        }

        var entry = table + (index * sizeof(int));
        if (entry + sizeof(int) > tableEnd)
        {
            throw new InvalidDataException($"string {index} is beyond the render batch's string table");
        }

        var at = Int(batch, entry);
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = batch[at++];
            length |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        text = batch.Slice(at, length);
        return true;
    }
}
