namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>SVG text does not wrap: long labels are cut to fit their box, the full text stays in the title.</summary>
internal static class DiagramText
{
    public static string Fit(string text, int maxChars)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= maxChars ? oneLine : string.Concat(oneLine.AsSpan(0, maxChars - 1).TrimEnd(), "…");
    }
}
