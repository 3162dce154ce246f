using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// Which registered languages a set of resources speaks: German always (it is the neutral .resx), any
/// other language when its own file (<c>Name.{tag}.resx</c>) was built into a satellite assembly. So a
/// language reaches the host's screens and exports by its resource files and its line in
/// <see cref="UiLanguages"/>, and a language without files here is not offered half translated.
/// </summary>
public static class ResourceLanguages
{
    public static bool Speaks(ResourceManager resources, UiLanguage language) =>
        language == UiLanguages.Default
        || (CultureOf(language) is { } culture && resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null);

    /// <summary>The culture of the language's tag; null when the platform knows no culture by that name.</summary>
    public static CultureInfo? CultureOf(UiLanguage language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language.Tag);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
