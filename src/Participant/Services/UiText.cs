using System.Globalization;
using System.Resources;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Participant.Resources;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// Every sentence on the phone, from the .resx resources in the chosen language. Plain language
/// (Leichte Sprache) overrides the German texts where it has its own; the rest stays German.
/// </summary>
public sealed class UiText(LanguagePreference language)
{
    private static readonly ResourceManager Main = new(typeof(Texts));
    private static readonly ResourceManager Easy = new(typeof(EasyTexts));
    private static readonly ResourceManager Refusals = new(typeof(RefusalTexts));

    public string this[string key] => Get(Main, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public string Refusal(RefusalCode code) => Get(Refusals, code.ToString());

    private string Get(ResourceManager resources, string key)
    {
        if (language.Current == Language.Easy && Easy.GetString(key, CultureInfo.InvariantCulture) is { } easy)
        {
            return easy;
        }

        return resources.GetString(key, LanguagePreference.CultureOf(language.Current)) ?? key;
    }
}
