using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// The screens' texts in one given language, whatever the circuit's culture: the projector's second
/// language beside its own. A text missing there is German's (the neutral file).
/// </summary>
public sealed class ScreenTextsIn
{
    private static readonly ResourceManager Resources = new(typeof(ScreenTexts));

    private readonly CultureInfo _culture;

    public ScreenTextsIn(UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        Language = language;
        _culture = language == UiLanguages.Default ? CultureInfo.InvariantCulture : ResourceLanguages.CultureOf(language) ?? CultureInfo.InvariantCulture;
    }

    public UiLanguage Language { get; }

    public string this[string name] => Resources.GetString(name, _culture) ?? name;
}
