namespace OffeneVersammlung.Contracts.Languages;

/// <summary>
/// A language the screens speak. <see cref="Tag"/> is the culture its resources are found under and the
/// value kept in a cookie or the phone's storage; <see cref="HtmlLang"/> is what a page's <c>lang</c>
/// says (Leichte Sprache is German to a screen reader); a text missing in the language is taken from
/// <see cref="FallbackTag"/>, and from German in the end.
/// </summary>
public sealed record UiLanguage(string Tag, string NativeName, string HtmlLang, TextDirection Direction, string? FallbackTag)
{
    /// <summary>The value of a page's <c>dir</c> attribute.</summary>
    public string Dir => Direction == TextDirection.RightToLeft ? "rtl" : "ltr";
}
