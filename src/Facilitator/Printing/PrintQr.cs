using PdfSharp.Drawing;
using QRCoder;

namespace OffeneVersammlung.Facilitator.Printing;

/// <summary>
/// The QR code for paper: black modules on white with the full quiet zone, error correction level M (a crease or a
/// coffee ring still scans), as a PNG of whole pixels per module, so it stays sharp when the PDF is scaled.
/// </summary>
public static class PrintQr
{
    public const int PixelsPerModule = 8;

    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule, [0, 0, 0], [255, 255, 255], drawQuietZones: true);
    }

    /// <summary>Draws the code of <paramref name="url"/> as a square of <paramref name="size"/> points, unsmoothed (every module a crisp square).</summary>
    public static void Draw(XGraphics graphics, string url, double x, double y, double size)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        using var stream = new MemoryStream(Png(url));
        var qr = XImage.FromStream(stream);
        qr.Interpolate = false;
        graphics.DrawImage(qr, x, y, size, size);
    }
}
