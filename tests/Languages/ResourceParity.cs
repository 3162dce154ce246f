namespace OffeneVersammlung.Testing.Languages;

/// <summary>What a language file lacks or has too many, against German; each failure names the file and the keys.</summary>
public static class ResourceParity
{
    /// <summary>A full translation: exactly German's keys, each with a text.</summary>
    public static void AssertSameKeys(ResourceFile german, ResourceFile language)
    {
        var missing = german.Keys.Except(language.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = language.Keys.Except(german.Keys).Order(StringComparer.Ordinal).ToList();
        var empty = language.Texts.Where(t => string.IsNullOrWhiteSpace(t.Value) && !string.IsNullOrWhiteSpace(german.Texts.GetValueOrDefault(t.Key))).Select(t => t.Key).ToList();
        Xunit.Assert.True(
            missing.Count == 0 && extra.Count == 0 && empty.Count == 0,
            $"{System.IO.Path.GetFileName(language.Path)}: missing [{string.Join(", ", missing)}], not in German [{string.Join(", ", extra)}], empty [{string.Join(", ", empty)}]");
    }

    /// <summary>
    /// Every text of a translation uses exactly the placeholders of its German text ({0}, {1:N0}): a
    /// lost {1} drops a number from the sentence, an extra {2} throws when the screen formats it.
    /// </summary>
    public static void AssertSamePlaceholders(ResourceFile german, ResourceFile language)
    {
        var differing = language.Texts
            .Where(t => german.Texts.TryGetValue(t.Key, out var original) && !Placeholders(original).SetEquals(Placeholders(t.Value)))
            .Select(t => $"{t.Key} ({string.Join(" ", Placeholders(german.Texts[t.Key]).Order(StringComparer.Ordinal))} in German)")
            .ToList();
        Xunit.Assert.True(differing.Count == 0, $"{System.IO.Path.GetFileName(language.Path)}: other placeholders than German [{string.Join(", ", differing)}]");
    }

    /// <summary>The registered languages that must have every key: all but German (the neutral file) and Leichte Sprache (partial by design).</summary>
    public static IEnumerable<string> FullTranslationTags =>
        OffeneVersammlung.Contracts.Languages.UiLanguages.All
            .Where(l => l != OffeneVersammlung.Contracts.Languages.UiLanguages.Default && l != OffeneVersammlung.Contracts.Languages.UiLanguages.Easy)
            .Select(l => l.Tag);

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value)];

    /// <summary>A partial translation (it falls back to German): only keys German has, apart from <paramref name="own"/>.</summary>
    public static void AssertOnlyGermanKeys(ResourceFile german, ResourceFile language, Func<string, bool> own)
    {
        var extra = language.Keys.Where(k => !german.Texts.ContainsKey(k) && !own(k)).Order(StringComparer.Ordinal).ToList();
        Xunit.Assert.True(extra.Count == 0, $"{System.IO.Path.GetFileName(language.Path)}: not in German [{string.Join(", ", extra)}]");
    }

    /// <summary>Keys the code builds at run time, e.g. "Phase" + every <c>Phase</c>.</summary>
    public static void AssertHasKeys(ResourceFile file, IEnumerable<string> keys)
    {
        var missing = keys.Where(k => !file.Texts.ContainsKey(k)).ToList();
        Xunit.Assert.True(missing.Count == 0, $"{System.IO.Path.GetFileName(file.Path)}: missing [{string.Join(", ", missing)}]");
    }

    public static IEnumerable<string> KeysFor<TEnum>(string prefix, string suffix = "")
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + name + suffix);

    /// <summary>
    /// The committed pseudo-locale file must be what the generator makes of German today; with
    /// OV_WRITE_PSEUDO=1 the test writes it instead (after a German text changed).
    /// </summary>
    public static void AssertPseudoLocaleIsGenerated(string folder, string baseName)
    {
        var german = System.IO.Path.Combine(folder, baseName + ".resx");
        var pseudo = System.IO.Path.Combine(folder, $"{baseName}.{PseudoLocale.Tag}.resx");
        var expected = PseudoLocale.File(german);
        if (Environment.GetEnvironmentVariable("OV_WRITE_PSEUDO") == "1")
        {
            File.WriteAllText(pseudo, expected);
        }

        Xunit.Assert.True(File.Exists(pseudo) && File.ReadAllText(pseudo) == expected, $"{pseudo} is not generated from {baseName}.resx: run the tests with OV_WRITE_PSEUDO=1");
    }
}
