namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// One CSV field (RFC 4180). A text that a spreadsheet would read as a formula (starting with
/// = + - @, a tab or a carriage return) gets a leading apostrophe, so it is shown, never run.
/// </summary>
public static class CsvCell
{
    public static string Text(string? text)
    {
        var clean = ExportText.Clean(text);
        if (clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            clean = "'" + clean;
        }

        return Quote(clean);
    }

    /// <summary>A figure the export made itself, not a neighbour's text.</summary>
    public static string Figure(string figure) => Quote(figure);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
