using Microsoft.Extensions.Localization;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Resources;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// Every sentence on the phone, through <see cref="IStringLocalizer"/> over its resource sets (Texts,
/// RefusalTexts) in the chosen language; what a language lacks comes from German.
/// </summary>
public sealed class UiText(LanguagePreference language, LanguageTexts<Texts> texts, IStringLocalizer<RefusalTexts> refusals)
{
    public string this[string key] => texts[key].Value;

    public string Format(string key, params object[] args) => texts[key, args].Value;

    /// <summary>A sentence about <paramref name="count"/> things ({0}, then <paramref name="more"/>), by the rule every screen shares.</summary>
    public string Count(string key, int count, params object[] more) => texts.Count(key, count, more);

    /// <summary>
    /// The phase's prompt, along the language's fallback chain to German: in each language the template's
    /// own text first, then the phone's own "Prompt{phase}" (Leichte Sprache brings one for each phase's
    /// work, as templates are rarely written in it).
    /// </summary>
    public string? Prompt(Phase phase, LocalizedTextView? template)
    {
        if (template is null)
        {
            return null;
        }

        foreach (var tag in UiLanguages.FallbackChain(language.Current))
        {
            if ((TemplateText.In(template, tag) ?? texts.InLanguage(tag, "Prompt" + phase)) is { } text)
            {
                return text;
            }
        }

        return template.For(UiLanguages.Default.Tag);
    }

    public string Refusal(RefusalCode code) => refusals[code.ToString()].Value;
}
