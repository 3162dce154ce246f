using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>A template's text in one language, null when the template was not written in it.</summary>
public static class TemplateText
{
    public static string? In(LocalizedTextView template, string tag) => tag switch
    {
        "de" => template.De,
        "en" => template.En,
        _ => null,
    };
}
