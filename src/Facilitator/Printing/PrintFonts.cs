using PdfSharp.Fonts;

namespace OffeneVersammlung.Facilitator.Printing;

/// <summary>
/// PDFsharp's fonts on every platform: DejaVu Sans from Debian's <c>fonts-dejavu-core</c> (free licence, umlauts and
/// typographic quotes), read at run time from where the package puts it; nothing is vendored. The test script installs
/// the package where it is missing; a server without it answers the print requests with a clear error.
/// </summary>
public sealed class PrintFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/local/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"];
    private static readonly Lock Gate = new();

    private PrintFonts()
    {
    }

    /// <summary>True when both faces are installed.</summary>
    public static bool Installed => Find("DejaVuSans.ttf") is not null && Find("DejaVuSans-Bold.ttf") is not null;

    /// <summary>Sets the resolver once per process: PDFsharp keeps one for every document.</summary>
    public static void Use()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PrintFonts)
            {
                GlobalFontSettings.FontResolver = new PrintFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans") : null;

    public byte[]? GetFont(string faceName) =>
        Find(faceName + ".ttf") is { } path ? File.ReadAllBytes(path)
        : throw new InvalidOperationException($"The print font {faceName}.ttf is missing: install the Debian package fonts-dejavu-core.");

    private static string? Find(string file) => Folders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);
}
