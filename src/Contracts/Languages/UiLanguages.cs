namespace OffeneVersammlung.Contracts.Languages;

/// <summary>
/// Every language of the tool, in the order a language switch lists them. Adding a language is its
/// resource files plus one line here.
/// </summary>
public static class UiLanguages
{
    public static readonly UiLanguage German = new("de", "Deutsch", "de", TextDirection.LeftToRight, null);
    public static readonly UiLanguage English = new("en", "English", "en", TextDirection.LeftToRight, "de");
    public static readonly UiLanguage Easy = new("de-x-ls", "Leichte Sprache", "de", TextDirection.LeftToRight, "de");
    public static readonly UiLanguage Turkish = new("tr", "Türkçe", "tr", TextDirection.LeftToRight, "de");
    public static readonly UiLanguage Arabic = new("ar", "العربية", "ar", TextDirection.RightToLeft, "de");
    public static readonly UiLanguage Ukrainian = new("uk", "Українська", "uk", TextDirection.LeftToRight, "de");

    /// <summary>A made-up language for testing (accented, a third longer, right to left; lang "de-x-pseudo": German made strange, a tag screen readers and checkers accept); offered only where the host's PseudoLocale switch is on, never in <see cref="All"/>.</summary>
    public static readonly UiLanguage Pseudo = new("qps-plocm", "[Ƥšéûđö ŀöçåļé]", "de-x-pseudo", TextDirection.RightToLeft, "de");

    public static IReadOnlyList<UiLanguage> All { get; } = [German, English, Easy, Turkish, Arabic, Ukrainian];

    public static UiLanguage Default => German;

    /// <summary>The language of a tag ("en", "en-GB", "EN"), by its exact tag first, then by its first part; null when none is ours.</summary>
    public static UiLanguage? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var exact = All.FirstOrDefault(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var primary = tag.Split('-', 2)[0];
        return All.FirstOrDefault(l => string.Equals(l.Tag, primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The language of a tag, or German.</summary>
    public static UiLanguage Of(string? tag) => Find(tag) ?? Default;

    /// <summary>Whether <paramref name="tag"/> is exactly one of ours (any case): "en" is, "en-GB" is not.</summary>
    public static bool IsRegistered(string? tag) =>
        tag is not null && All.Any(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text for <paramref name="tag"/> from a map of language tag → text (a template's name or
    /// prompt): the language's own, else the next along its <see cref="FallbackChain"/>, German last.
    /// A blank text counts as missing. Null when none of the chain has one.
    /// </summary>
    public static string? Pick(IReadOnlyDictionary<string, string> texts, string? tag)
    {
        foreach (var candidate in FallbackChain(Of(tag)))
        {
            if (TextOf(texts, candidate) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The tags to try for a text, most specific first, German last.</summary>
    public static IEnumerable<string> FallbackChain(UiLanguage language)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (UiLanguage? current = language; current is not null && seen.Add(current.Tag); current = Find(current.FallbackTag))
        {
            yield return current.Tag;
        }

        if (seen.Add(Default.Tag))
        {
            yield return Default.Tag;
        }
    }

    private static string? TextOf(IReadOnlyDictionary<string, string> texts, string tag)
    {
        if (texts.TryGetValue(tag, out var exact))
        {
            return string.IsNullOrWhiteSpace(exact) ? null : exact;
        }

        // A map read from a wire or a file keeps the keys as written there ("DE").
        var other = texts.FirstOrDefault(t => string.Equals(t.Key, tag, StringComparison.OrdinalIgnoreCase)).Value;
        return string.IsNullOrWhiteSpace(other) ? null : other;
    }
}
