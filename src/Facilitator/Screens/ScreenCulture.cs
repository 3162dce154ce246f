using System.Globalization;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// The language a screen's circuit started in. A change pushed from the assembly runs on the pushing
/// thread's execution context, whose culture is the server's, not the person's: a screen renders it
/// back in its own culture, or a console chosen in English (or the pseudo-locale) turns German
/// wherever a push re-renders it.
/// </summary>
public readonly record struct ScreenCulture(CultureInfo Culture, CultureInfo UiCulture)
{
    public static ScreenCulture Current => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    /// <summary><paramref name="work"/> in this culture (the render it asks for runs inside it).</summary>
    public Action Around(Action work)
    {
        var culture = Culture;
        var uiCulture = UiCulture;
        return () =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            work();
        };
    }
}
