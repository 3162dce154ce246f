using QRCoder;

namespace OffeneVersammlung.Facilitator.Qr;

/// <summary>Draws a URL as a QR code in SVG: scales to any projector without blurring, no image library needed.</summary>
public static class QrSvg
{
    public static string Render(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
