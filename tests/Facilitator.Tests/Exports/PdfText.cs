using UglyToad.PdfPig.Content;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

internal static class PdfText
{
    /// <summary>The page's words joined into lines, top to bottom, as a person reads them.</summary>
    public static IEnumerable<string> LinesOf(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
}
