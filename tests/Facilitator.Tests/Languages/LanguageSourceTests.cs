using System.Text.RegularExpressions;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Languages;

/// <summary>
/// Which languages exist is said once, in <c>UiLanguages</c>: no code or markup anywhere else names a
/// language by its tag ("de", "en-GB") or picks a German or English field (<c>.De</c>, <c>.En</c>). So
/// adding a language cannot miss a place that still knows only two.
/// </summary>
public sealed partial class LanguageSourceTests
{
    private static readonly string[] Allowed =
    [
        "Contracts/Languages/UiLanguages.cs",
        // The phone's own language choice: rewritten on the registry by the phone's part of the work.
        "Participant/Services/LanguagePreference.cs",
        "Participant/Components/LanguageSwitch.razor",
    ];

    [Fact]
    public void No_source_outside_the_registry_names_a_language_by_its_tag()
    {
        var src = RepositoryRoot.Combine("src");
        var found = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Path: f))
            .Where(f => !f.File.Split('/').Any(part => part is "obj" or "bin") && !Allowed.Contains(f.File))
            .SelectMany(f => File.ReadLines(f.Path).Select((line, i) => (f.File, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.StartsWith("@*", StringComparison.Ordinal) && LanguageLiteral().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(found.Count == 0, "Take the language from UiLanguages (or a text's map) instead of: " + string.Join("; ", found));
    }

    [GeneratedRegex(@"[""'](de|en)(-[A-Za-z0-9-]+)?[""']|\.(De|En)\b")]
    private static partial Regex LanguageLiteral();
}
