using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The phone's texts of one resource set (<typeparamref name="TResource"/>) in the chosen language, a
/// missing one from the languages of <see cref="UiLanguages.FallbackChain"/> (Leichte Sprache: German).
/// Each language's file is found by its tag among the app's own resources (Texts.en.resources,
/// Texts.de-x-ls.resources), not through <see cref="CultureInfo"/>: where ICU is loaded .NET names
/// "de-x-ls" plain "de", in the browser "de-X-LS", and neither finds a satellite of that tag.
/// </summary>
public sealed class LanguageTexts<TResource>(LanguagePreference preference) : IStringLocalizer<TResource>
{
    private static readonly ConcurrentDictionary<string, ResourceSet?> Sets = new(StringComparer.OrdinalIgnoreCase);

    public LocalizedString this[string name] => Find(name) is { } value ? new(name, value) : new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        Find(name) is { } value
            ? new(name, string.Format(CultureInfo.InvariantCulture, value, arguments))
            : new(name, name, resourceNotFound: true);

    /// <summary>The text in exactly this language's file, without falling back; null when it has none.</summary>
    public string? InLanguage(string tag, string name) => SetOf(tag)?.GetString(name);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var tags = includeParentCultures ? UiLanguages.FallbackChain(preference.Current) : [preference.Current.Tag];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in tags.Select(SetOf).OfType<ResourceSet>())
        {
            foreach (DictionaryEntry entry in set)
            {
                if (entry is { Key: string key, Value: string value } && seen.Add(key))
                {
                    yield return new LocalizedString(key, value);
                }
            }
        }
    }

    private string? Find(string name) =>
        UiLanguages.FallbackChain(preference.Current).Select(tag => InLanguage(tag, name)).FirstOrDefault(text => text is not null);

    private static ResourceSet? SetOf(string tag) => Sets.GetOrAdd(tag, Load);

    /// <summary>German is the neutral file (Texts.resx); every other language is Texts.{tag}.resx.</summary>
    private static ResourceSet? Load(string tag)
    {
        var name = typeof(TResource).FullName + (string.Equals(tag, UiLanguages.Default.Tag, StringComparison.OrdinalIgnoreCase) ? "" : "." + tag) + ".resources";
        var stream = typeof(TResource).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : new ResourceSet(stream);
    }
}
