namespace OffeneVersammlung.Engine.Templates;

/// <summary>A text a template author wrote in German (the default) and English.</summary>
public sealed record LocalizedText(string De, string En)
{
    public string For(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : De;
}
