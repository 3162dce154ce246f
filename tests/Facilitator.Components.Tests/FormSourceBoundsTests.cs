using System.Text.RegularExpressions;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>
/// The rendered-form tests check the forms that exist; this one catches the next one: no field in any
/// Razor file of the console or the phone writes its bound as a bare number, it names the engine's limit.
/// </summary>
public partial class FormSourceBoundsTests
{
    // The join code is the host's (six characters; spaces and dashes people type are dropped), not an engine limit.
    private static readonly string[] Allowed = ["Participant/Components/JoinForm.razor: maxlength=\"16\""];

    [Fact]
    public void No_form_field_writes_its_bound_as_a_bare_number()
    {
        var literals = Fields(Root())
            .SelectMany(f => LiteralBound().Matches(f.Tag).Select(bound => $"{f.File}: {bound.Value}"))
            .Except(Allowed)
            .ToList();

        Assert.True(literals.Count == 0, "Name the engine's limit (TextLimits, VotingRules, TemplateValidator, …) instead of: " + string.Join("; ", literals));
    }

    [Fact]
    public void Every_text_field_has_a_length_and_every_number_field_a_range()
    {
        var unbounded = Fields(Root())
            .Where(f => Type().Match(f.Tag) is var type && (type.Success ? type.Groups[1].Value : f.Tag.StartsWith("<InputNumber", StringComparison.Ordinal) ? "number" : "text") switch
            {
                "radio" or "checkbox" or "hidden" or "date" or "datetime-local" or "time" => false,
                // The server's admin token is the host's secret, not a text the engine keeps.
                "password" => false,
                "number" => !f.Tag.Contains(" min=", StringComparison.Ordinal) || !f.Tag.Contains(" max=", StringComparison.Ordinal),
                _ => !f.Tag.Contains(" maxlength=", StringComparison.Ordinal),
            })
            .Select(f => $"{f.File}: {f.Tag}")
            .ToList();

        Assert.True(unbounded.Count == 0, "Bound these fields by the engine's limits: " + string.Join("; ", unbounded));
    }

    private static IEnumerable<(string File, string Tag)> Fields(string root) =>
        new[] { "src/Facilitator", "src/Participant" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.razor", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Field().Matches(File.ReadAllText(file)).Select(m => (Path.GetRelativePath(Path.Combine(root, "src"), file).Replace('\\', '/'), m.Value)));

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OffeneVersammlung.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OffeneVersammlung.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"<(input|textarea|InputText|InputTextArea|InputNumber)\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Field();

    [GeneratedRegex(@"\btype=""([a-z-]+)""")]
    private static partial Regex Type();

    [GeneratedRegex(@"\b(maxlength|minlength|min|max)=""\d+""")]
    private static partial Regex LiteralBound();
}
