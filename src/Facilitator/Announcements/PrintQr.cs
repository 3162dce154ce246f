using QRCoder;

namespace OffeneVersammlung.Facilitator.Announcements;

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
}
