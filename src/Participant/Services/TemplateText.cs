using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>A template's text in exactly one language (no fallback), null when the template was not written in it.</summary>
public static class TemplateText
{
    public static string? In(LocalizedTextView template, string tag) =>
        template.Texts.FirstOrDefault(t => string.Equals(t.Key, tag, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(t.Value)).Value;
}
