using UglyToad.PdfPig.Content;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace OffeneVersammlung.Facilitator.Tests.Announcements;

/// <summary>
/// Reads a QR code from an image embedded in a PDF: PdfPig gives the decoded samples, which become grey levels for
/// ZXing's QR reader (no image library needed: the samples are the pixels).
/// </summary>
internal static class PdfQr
{
    public static string? Decode(IPdfImage image)
    {
        Assert.True(image.TryGetBytesAsMemory(out var samples), "PdfPig could not decode the image's samples.");
        var (width, height) = (image.WidthInSamples, image.HeightInSamples);
        var grey = Grey(samples.Span, width, height, image.BitsPerComponent, image.ColorSpaceDetails?.NumberOfColorComponents ?? 1);
        var source = new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = false });
        return result?.Text;
    }

    private static byte[] Grey(ReadOnlySpan<byte> samples, int width, int height, int bits, int components)
    {
        var grey = new byte[width * height];
        var rowBytes = ((width * bits * components) + 7) / 8;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                grey[(y * width) + x] = bits switch
                {
                    1 => (samples[(y * rowBytes) + (x / 8)] & (0x80 >> (x % 8))) != 0 ? (byte)255 : (byte)0,
                    8 => samples[(y * rowBytes) + (x * components)],
                    _ => throw new NotSupportedException($"{bits} bits per component"),
                };
            }
        }

        return grey;
    }
}
