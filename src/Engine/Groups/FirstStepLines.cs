namespace OffeneVersammlung.Engine.Groups;

/// <summary>The evening's first steps are one text; a line (or a "1." list) becomes one step to tick off.</summary>
public static class FirstStepLines
{
    public static List<string> Of(string? text, int maxLength) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0).Select(l => l.Length > maxLength ? l[..maxLength] : l)];
}
