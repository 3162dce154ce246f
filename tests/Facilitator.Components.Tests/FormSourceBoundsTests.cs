using System.Text.RegularExpressions;

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
        var root = Root();
        var literals = new[] { "src/Facilitator", "src/Participant" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.razor", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Field().Matches(File.ReadAllText(file))
                .SelectMany(field => LiteralBound().Matches(field.Value))
                .Select(bound => $"{Path.GetRelativePath(Path.Combine(root, "src"), file).Replace('\\', '/')}: {bound.Value}"))
            .Except(Allowed)
            .ToList();

        Assert.True(literals.Count == 0, "Name the engine's limit (TextLimits, VotingRules, TemplateValidator, …) instead of: " + string.Join("; ", literals));
    }

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

    [GeneratedRegex(@"\b(maxlength|minlength|min|max)=""\d+""")]
    private static partial Regex LiteralBound();
}
