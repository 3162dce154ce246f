using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
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

    /// <summary>
    /// A sentence about <paramref name="count"/> things ({0}, then <paramref name="more"/>): the key's
    /// "None" or "One" form where the language has one ("1 Mensch", not "1 Menschen"), else the key itself.
    /// </summary>
    public string Count(string key, int count, params object[] more)
    {
        var form = count switch
        {
            0 => Find(Main, key + "None"),
            1 => Find(Main, key + "One"),
            _ => null,
        };
        return string.Format(CultureInfo.InvariantCulture, form ?? this[key], [count, .. more]);
    }

    /// <summary>
    /// The phase's prompt from the template in the chosen language. Templates are written in German and
    /// English only, so Leichte Sprache brings its own prompt for each phase's work (the greeting of
    /// the evening stays the template's own).
    /// </summary>
    public string? Prompt(Phase phase, LocalizedTextView? template) => template is null ? null : language.Current switch
    {
        Language.En => template.En,
        Language.Easy => Find(Easy, "Prompt" + phase) ?? template.De,
        _ => template.De,
    };

    public string Refusal(RefusalCode code) => Get(Refusals, code.ToString());

    private string Get(ResourceManager resources, string key) => Find(resources, key) ?? key;

    private string? Find(ResourceManager resources, string key)
    {
        if (language.Current == Language.Easy && Easy.GetString(key, CultureInfo.InvariantCulture) is { } easy)
        {
            return easy;
        }

        return resources == Easy ? null : resources.GetString(key, LanguagePreference.CultureOf(language.Current));
    }
}
